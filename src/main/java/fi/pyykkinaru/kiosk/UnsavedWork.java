package fi.pyykkinaru.kiosk;

/**
 * A visitor screen that may hold something typed but not yet saved: Done asks before throwing it away, so that
 * a visitor who tapped it by mistake keeps their text.
 */
public interface UnsavedWork {

    boolean hasUnsavedWork();
}
