package fi.pyykkinaru.session;

/** Whether the respondent followed the session on site or remotely. */
public enum Attendance {
    ON_SITE, REMOTE
}
