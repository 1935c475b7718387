package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new call starts with, so that an organiser who was never shown how gets a working call at once: the
 * questions the event's planning group has asked in earlier years, its review criteria and decision messages, all
 * in Finnish, Swedish and English from the translation bundles, with the event's name put in.
 */
@Component
public class CallDefaults {

    /** How long a call opened today takes proposals, unless the organiser says otherwise. */
    public static final Duration OPEN_FOR = Duration.ofDays(30);
    static final String CONTACT_KEY = "contact";

    private final Translations translations;

    CallDefaults(Translations translations) {
        this.translations = translations;
    }

    /** A call of this kind for the event, open from {@code now} for {@link #OPEN_FOR}, not yet saved. */
    public Call newCall(Event event, CallKind kind, Instant now) {
        String prefix = "call.default." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".";
        return new Call(null, event.requireId(), kind, now, now.plus(OPEN_FOR), text(prefix + "intro", event),
                kind == CallKind.SESSIONS ? null : text(prefix + "terms", event),
                text("call.default.message.chosen", event), text("call.default.message.declined", event),
                questions(kind, event), criteria(kind, event), 0);
    }

    private List<Question> questions(CallKind kind, Event event) {
        List<Question> questions = new ArrayList<>();
        switch (kind) {
            case SESSIONS -> {
                questions.add(question("idea", QuestionKind.LONG_TEXT, true, 1500, "call.default.sessions.q1", event));
                questions.add(question("why", QuestionKind.LONG_TEXT, true, 3000, "call.default.sessions.q2", event));
                questions.add(question("how", QuestionKind.LONG_TEXT, true, 3000, "call.default.sessions.q3", event));
                questions.add(question("interaction", QuestionKind.LONG_TEXT, true, 3000, "call.default.sessions.q4",
                        event));
                questions.add(question(CONTACT_KEY, QuestionKind.CONTACT, true, null, "call.default.sessions.q5",
                        event));
                questions.add(question("wishes", QuestionKind.LONG_TEXT, false, 3000, "call.default.sessions.q6",
                        event));
            }
            case TAKEOVER -> {
                questions.add(question("network", QuestionKind.SHORT_TEXT, true, 200, "call.default.takeover.network",
                        event));
                questions.add(question("slot", QuestionKind.SHORT_TEXT, true, 200, "call.default.takeover.slot", event));
                questions.add(question("bring", QuestionKind.LONG_TEXT, true, 3000, "call.default.takeover.bring",
                        event));
                questions.add(question("line-question", QuestionKind.SHORT_TEXT, false, 200,
                        "call.default.takeover.line-question", event));
                questions.add(question(CONTACT_KEY, QuestionKind.CONTACT, true, null, "call.default.sessions.q5",
                        event));
                questions.add(question("accept", QuestionKind.CONSENT, true, null, "call.default.takeover.accept",
                        event));
            }
            case PITCH -> {
                questions.add(question("solution", QuestionKind.LONG_TEXT, true, 1500, "call.default.pitch.solution",
                        event));
                questions.add(question("change", QuestionKind.LONG_TEXT, true, 3000, "call.default.pitch.change",
                        event));
                questions.add(question(CONTACT_KEY, QuestionKind.CONTACT, true, null, "call.default.sessions.q5",
                        event));
            }
        }
        return questions;
    }

    private List<Criterion> criteria(CallKind kind, Event event) {
        List<String> keys = kind == CallKind.PITCH ? List.of("clarity", "impact", "feasibility", "spread")
                : List.of("aim", "interaction", "novelty", "smaller-actors");
        return keys.stream().map(key -> new Criterion(key, text("call.default.criterion." + key, event))).toList();
    }

    private Question question(String key, QuestionKind kind, boolean required, @Nullable Integer maxLength,
            String textKey, Event event) {
        return new Question(key, kind, required, maxLength, text(textKey, event), null);
    }

    private LocalizedText text(String key, Event event) {
        return new LocalizedText(translations.getTranslation(key, Translations.FINNISH, event.name(Translations.FINNISH)),
                translations.getTranslation(key, Translations.SWEDISH, event.name(Translations.SWEDISH)),
                translations.getTranslation(key, Translations.ENGLISH, event.name(Translations.ENGLISH)));
    }
}
