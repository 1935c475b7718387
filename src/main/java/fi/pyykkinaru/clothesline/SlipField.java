package fi.pyykkinaru.clothesline;

/**
 * The fields of a slip form, so that a problem can be shown next to the field it is about; {@code LINE} is the line
 * itself (it was closed while the visitor wrote), shown above the form.
 */
public enum SlipField {
    LINE, TITLE, BODY, ORGANISATION, OWNERSHIP, REGION, THEMES, OWNER_CONTACT, REPORTER_NAME, REPORTER_EMAIL, CONSENT
}
