package fi.pyykkinaru.printing;

/**
 * The last touch to a document on its way to the printer, for what must be on the paper but never in the queue's
 * table: a badge's voting secret. The queue keeps the document without it; a finishing of the module that made the
 * document puts it back as the job is sent.
 */
public interface PrintFinishing {

    /** The document to send for this job; {@code stored} (or a copy of it) when there is nothing to add. */
    byte[] finish(PrintKind kind, String subject, byte[] stored);
}
