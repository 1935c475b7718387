package fi.pyykkinaru.clothesline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer on the wall as a brief quotes it: its words, where its writer is from and the themes they chose
 * (codes); no personal data.
 */
public record LineAnswer(long slipId, String title, @Nullable String body, @Nullable String region, List<String> themes) {

    public LineAnswer {
        themes = List.copyOf(themes);
    }

    /** The answer as one quote: the answer and what its writer added. */
    public String text() {
        return body == null || body.isBlank() ? title.strip() : title.strip() + " — " + body.strip();
    }
}
