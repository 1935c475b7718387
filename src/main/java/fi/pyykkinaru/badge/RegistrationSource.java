package fi.pyykkinaru.badge;

/** Who registered the visitor. */
public enum RegistrationSource {
    KIOSK, STAFF, IMPORT
}
