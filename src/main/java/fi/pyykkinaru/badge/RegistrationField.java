package fi.pyykkinaru.badge;

/** The fields of the registration form, for pointing a problem at the right one. */
public enum RegistrationField {
    NAME, ORGANISATION, ORGANISATION_TYPE, REGION, LANGUAGES, EMAIL, CONSENT
}
