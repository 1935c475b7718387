package fi.pyykkinaru.printing;

/** What a job prints, and so which printer it goes to. Labels are {@code print.kind.<NAME>}. */
public enum PrintKind {
    BADGE(PrinterPurpose.BADGE),
    BADGE_SHEET(PrinterPurpose.A4),
    SLIP(PrinterPurpose.RECEIPT),
    POSTER(PrinterPurpose.A4),
    PROGRAMME(PrinterPurpose.A4);

    private final PrinterPurpose purpose;

    PrintKind(PrinterPurpose purpose) {
        this.purpose = purpose;
    }

    public PrinterPurpose purpose() {
        return purpose;
    }
}
