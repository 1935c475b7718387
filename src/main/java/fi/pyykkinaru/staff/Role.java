package fi.pyykkinaru.staff;

/**
 * What an account may do. Organisers are staff too; a reviewer (a member of the planning group) scores the open
 * call's proposals, and may be staff as well or nothing else.
 */
public enum Role {
    STAFF, ORGANISER, REVIEWER
}
