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

    /**
     * A face that reads without words, from angry to delighted, as inline SVG in the colour of the text around it:
     * an emoji would be an empty box on a stand without an emoji font, and would not follow the high-contrast
     * palette. Decorative: the choice's translated label says the same in words, so the face is hidden from screen
     * readers. Constant markup, safe to put into a page as it is.
     */
    public String face() {
        String mouth = switch (this) {
            case M2 -> "<path d=\"M12 14l8 4M36 14l-8 4\"/><path d=\"M14 36q10-10 20 0\"/>";
            case M1 -> "<path d=\"M15 35q9-7 18 0\"/>";
            case ZERO -> "<path d=\"M15 32h18\"/>";
            case P1 -> "<path d=\"M15 30q9 7 18 0\"/>";
            case P2 -> "<path d=\"M13 27q11 15 22 0z\" fill=\"currentColor\"/>";
        };
        return "<svg class=\"face-svg\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\" aria-hidden=\"true\""
                + " focusable=\"false\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\""
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"><circle cx=\"24\" cy=\"24\" r=\"21\"/>"
                + "<circle cx=\"17\" cy=\"21\" r=\"2.5\" fill=\"currentColor\" stroke=\"none\"/>"
                + "<circle cx=\"31\" cy=\"21\" r=\"2.5\" fill=\"currentColor\" stroke=\"none\"/>"
                + mouth + "</svg>";
    }

    public String labelKey() {
        return "score." + name();
    }
}
