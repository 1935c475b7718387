package fi.pyykkinaru.printing;

/**
 * A document ready for its printer: what it is, a title staff recognise in the queue, the IPP media keyword
 * of its page size, and the PDF.
 */
public record PrintDocument(PrintKind kind, String subject, String title, String media, byte[] pdf) {
}
