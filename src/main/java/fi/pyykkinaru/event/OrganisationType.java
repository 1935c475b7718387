package fi.pyykkinaru.event;

/** The respondent's organisation type, optional. Labels are {@code organisation-type.<NAME>}. */
public enum OrganisationType {
    SOCIAL_ENTERPRISE, NGO, COMPANY, PUBLIC, FUNDER, OTHER
}
