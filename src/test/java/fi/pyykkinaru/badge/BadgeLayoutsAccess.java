package fi.pyykkinaru.badge;

import java.util.Collection;

/** The layouts the app ships with, for tests outside the badge package that print on every one of them. */
public final class BadgeLayoutsAccess {

    private BadgeLayoutsAccess() {
    }

    public static Collection<BadgeLayout> shipped() {
        return new BadgeLayouts("").all();
    }
}
