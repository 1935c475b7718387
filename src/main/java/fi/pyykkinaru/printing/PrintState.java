package fi.pyykkinaru.printing;

/** Where a print job is. Labels are {@code print.state.<NAME>}. */
public enum PrintState {
    /** Stored, waiting for its printer (or for a fault to clear). */
    QUEUED,
    /** Accepted by the printer's spooler, not yet printing. */
    SENT,
    PRINTING,
    DONE,
    /** The printer gave up on it, or it cannot be printed; staff may retry. */
    FAILED,
    /** Waits for staff: the stand prints badges only on staff action, or staff held it. */
    HELD,
    CANCELLED;

    /** Still on its way to paper. */
    public boolean open() {
        return this == QUEUED || this == SENT || this == PRINTING || this == HELD;
    }
}
