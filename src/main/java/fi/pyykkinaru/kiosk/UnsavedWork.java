package fi.pyykkinaru.kiosk;

/**
 * A visitor screen that may hold something typed but not yet saved: Done lets it ask before throwing that away,
 * so that a visitor who tapped Done by mistake keeps their text. The screen asks (the kiosk shell knows no
 * dialogs of the features' confirmation pattern) and runs {@code leave} only when the visitor agrees.
 */
public interface UnsavedWork {

    boolean hasUnsavedWork();

    void askBeforeLeaving(Runnable leave);
}
