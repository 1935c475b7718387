package fi.pyykkinaru.staff;

/** What an account may do. Organisers are staff too. */
public enum Role {
    STAFF, ORGANISER
}
