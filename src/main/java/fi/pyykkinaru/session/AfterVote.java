package fi.pyykkinaru.session;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What another feature offers a visitor who has just voted on a session, such as the event's own closing questions.
 * The session's pages (phone and kiosk) show it without knowing that feature, which depends on this one, never the
 * other way round.
 */
public interface AfterVote {

    /**
     * The offer: its words, where a phone goes for it (a path with its query), and the kiosk's route to it.
     */
    record Offer(String title, String text, String phoneHref, String kioskRoute) {
    }

    /**
     * What to offer the voter of {@code session} in {@code locale}; {@code voterKey} is known at the kiosk (the
     * visitor in front of it), null on a phone, whose pages of other features do not see its cookie.
     */
    Optional<Offer> after(Session session, @Nullable String voterKey, Locale locale);
}
