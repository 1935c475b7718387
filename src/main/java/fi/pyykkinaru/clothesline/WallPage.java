package fi.pyykkinaru.clothesline;

import java.util.List;

/** One page of a line's published slips, newest first; page 0 is the newest. */
public record WallPage(Line line, List<WallSlip> slips, long total, int page, int pageSize) {

    public WallPage {
        slips = List.copyOf(slips);
    }

    public boolean hasOlder() {
        return (long) (page + 1) * pageSize < total;
    }

    public boolean hasNewer() {
        return page > 0;
    }
}
