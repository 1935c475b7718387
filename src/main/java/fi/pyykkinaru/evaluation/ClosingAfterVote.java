package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.AfterVote;
import fi.pyykkinaru.session.Session;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * After a session vote, the event's closing questions, if it has any: a visitor cannot know which vote is their
 * last, so every vote offers them until this visitor has answered (the kiosk knows; a phone is asked each time).
 */
@Component
class ClosingAfterVote implements AfterVote {

    private final ClosingQuestions closing;
    private final Events events;
    private final Translations translations;

    ClosingAfterVote(ClosingQuestions closing, Events events, Translations translations) {
        this.closing = closing;
        this.events = events;
        this.translations = translations;
    }

    @Override
    public Optional<Offer> after(Session session, @Nullable String voterKey, Locale locale) {
        long eventId = session.eventId();
        if (closing.ofEvent(eventId).isEmpty() || voterKey != null && closing.answered(eventId, voterKey)) {
            return Optional.empty();
        }
        String slug = events.find(eventId).map(e -> e.slug()).orElse("");
        String lang = Translations.supported(locale).getLanguage();
        return Optional.of(new Offer(translations.getTranslation("evaluation.offer.title", locale),
                translations.getTranslation("evaluation.offer.text", locale),
                "/feedback?event=" + slug + "&lang=" + lang, "closing/" + slug));
    }
}
