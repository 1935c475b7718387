package fi.pyykkinaru.speech;

/**
 * What to say, in which voice, how fast: checked before anything runs. Control characters become spaces (a
 * visitor's text may hold anything); longer texts are refused, so one request cannot keep the box talking for
 * minutes; the page splits a long slip into sentences. The rate multiplies espeak-ng's normal rate.
 */
record Utterance(String text, Voice voice, double rate) {

    static final int MAX_CHARS = 400;
    static final double SLOWEST = 0.5;
    static final double FASTEST = 2.0;

    Utterance {
        text = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}&&[^\\u200D]]", " ").replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("nothing to say");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("longer than " + MAX_CHARS + " characters");
        }
        if (!(rate >= SLOWEST && rate <= FASTEST)) {
            throw new IllegalArgumentException("rate outside " + SLOWEST + "…" + FASTEST);
        }
    }
}
