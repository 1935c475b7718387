package fi.pyykkinaru.session;

import java.util.Arrays;

/**
 * The usefulness scale the events already use: −2 useless, −1 somewhat useless, 0 can't say, +1 somewhat
 * useful, +2 useful. The test id of a choice is {@code vote-m2} … {@code vote-p2} on the kiosk and the phone.
 */
public enum Score {
    M2(-2), M1(-1), ZERO(0), P1(1), P2(2);

    private final int value;

    Score(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static Score of(int value) {
        return Arrays.stream(values()).filter(s -> s.value == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No score " + value));
    }

    public String testId() {
        return switch (this) {
            case M2 -> "vote-m2";
            case M1 -> "vote-m1";
            case ZERO -> "vote-0";
            case P1 -> "vote-p1";
            case P2 -> "vote-p2";
        };
    }

    /** The value as the scale is printed: "-2", "0", "+1". */
    public String signed() {
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    /** A face that reads without words, from angry to delighted. */
    public String face() {
        return switch (this) {
            case M2 -> "😠";
            case M1 -> "🙁";
            case ZERO -> "😐";
            case P1 -> "🙂";
            case P2 -> "😄";
        };
    }

    public String labelKey() {
        return "score." + name();
    }
}
