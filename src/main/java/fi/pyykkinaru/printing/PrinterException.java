package fi.pyykkinaru.printing;

import java.util.Objects;

/** A printer or its spooler could not do what was asked; {@code transient} faults are worth retrying. */
public class PrinterException extends Exception {

    private final boolean worthRetrying;
    private final boolean maybeDelivered;

    public PrinterException(String message, boolean worthRetrying) {
        this(message, worthRetrying, false);
    }

    public PrinterException(String message, boolean worthRetrying, boolean maybeDelivered) {
        super(message);
        this.worthRetrying = worthRetrying;
        this.maybeDelivered = maybeDelivered;
    }

    /** What went wrong, in words for the printer's status and the job's last error; never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "every constructor takes a message");
    }

    /** The request went out but no answer came: the printer may have the job. */
    public boolean maybeDelivered() {
        return maybeDelivered;
    }

    public boolean worthRetrying() {
        return worthRetrying;
    }
}
