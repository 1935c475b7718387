package fi.pyykkinaru.printing;

/** What a job prints, and so which printer it goes to. Labels are {@code print.kind.<NAME>}. */
public enum PrintKind {
    BADGE(PrinterPurpose.BADGE),
    BADGE_SHEET(PrinterPurpose.A4),
    SLIP(PrinterPurpose.RECEIPT),
    /** A catalogue entry a visitor takes with them from the wall. */
    CATALOGUE(PrinterPurpose.RECEIPT),
    POSTER(PrinterPurpose.A4),
    PROGRAMME(PrinterPurpose.A4),
    /** The bench-café brief for decision-makers. */
    BRIEF(PrinterPurpose.A4),
    /** A page that says which stand and printer it came from, printed when an organiser chooses a printer. */
    TEST_BADGE(PrinterPurpose.BADGE),
    TEST_RECEIPT(PrinterPurpose.RECEIPT),
    TEST_A4(PrinterPurpose.A4);

    private final PrinterPurpose purpose;

    PrintKind(PrinterPurpose purpose) {
        this.purpose = purpose;
    }

    public PrinterPurpose purpose() {
        return purpose;
    }

    /** The test page's kind for a printer of this purpose. */
    public static PrintKind testPage(PrinterPurpose purpose) {
        return switch (purpose) {
            case BADGE -> TEST_BADGE;
            case RECEIPT -> TEST_RECEIPT;
            case A4 -> TEST_A4;
        };
    }
}
