package fi.pyykkinaru.clothesline;

/** The fields of a slip form, so that a problem can be shown next to the field it is about. */
public enum SlipField {
    TITLE, BODY, ORGANISATION, OWNERSHIP, REGION, THEMES, OWNER_CONTACT, REPORTER_NAME, REPORTER_EMAIL, CONSENT
}
