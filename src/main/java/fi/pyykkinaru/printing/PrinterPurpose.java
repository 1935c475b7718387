package fi.pyykkinaru.printing;

/** The stand's printers, one per purpose. Labels are {@code print.printer.<NAME>}. */
public enum PrinterPurpose {
    BADGE, RECEIPT, A4
}
