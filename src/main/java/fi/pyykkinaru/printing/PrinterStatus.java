package fi.pyykkinaru.printing;

import java.util.List;

/**
 * What a printer is doing, as staff need it: whether it is reachable and ready, and in its own words why not.
 * {@code state} is IPP's printer-state (3 idle, 4 processing, 5 stopped); 0 when the spooler did not answer.
 */
public record PrinterStatus(boolean reachable, int state, boolean accepting, List<String> reasons, String message) {

    public PrinterStatus {
        reasons = reasons.stream().filter(r -> !"none".equals(r)).toList();
    }

    static PrinterStatus reachable(int state, boolean accepting, List<String> reasons, String message) {
        return new PrinterStatus(true, state, accepting, reasons, message);
    }

    static PrinterStatus unreachable(String why) {
        return new PrinterStatus(false, 0, false, List.of(), why);
    }

    static PrinterStatus notConfigured() {
        return new PrinterStatus(false, -1, false, List.of(), "");
    }

    public boolean configured() {
        return state != -1;
    }

    /** Ready to take and print a job now. */
    public boolean ready() {
        return reachable && accepting && state != 5;
    }

    /** The printer's own explanation, or its reasons when it gave none. */
    public String why() {
        return message.isBlank() ? String.join(", ", reasons) : message;
    }
}
