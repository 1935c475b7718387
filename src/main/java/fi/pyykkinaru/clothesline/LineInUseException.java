package fi.pyykkinaru.clothesline;

/** A line with slips is not removed (the slips would lose their line): it is closed instead. */
public class LineInUseException extends RuntimeException {

    private final long slipCount;

    LineInUseException(String code, long slipCount) {
        super("Line " + code + " has " + slipCount + " slips");
        this.slipCount = slipCount;
    }

    public long slipCount() {
        return slipCount;
    }
}
