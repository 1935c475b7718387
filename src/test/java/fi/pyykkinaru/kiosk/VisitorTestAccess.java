package fi.pyykkinaru.kiosk;

/** Lets tests move the stand on to its next visitor, as the idle reset does. */
public final class VisitorTestAccess {

    private VisitorTestAccess() {
    }

    public static void next() {
        Visitor.next();
    }
}
