package fi.pyykkinaru.session;

/** How an answer arrived: at the stand, from a phone, or counted by staff from paper or remote answers. */
public enum Channel {
    KIOSK, PHONE, PAPER, REMOTE;

    public boolean countedByStaff() {
        return this == PAPER || this == REMOTE;
    }
}
