package fi.pyykkinaru.kiosk;

/** The stand's start page (the wall), where every visit begins and ends: it offers no Done of its own. */
public interface StartPage {
}
