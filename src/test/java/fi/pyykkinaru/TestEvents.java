package fi.pyykkinaru;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events of a test's own, so that tests sharing a database never see each other's slips. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Event create(Events events, ModerationPolicy moderation) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 13);
        return events.create(Event.create(slug, "Test event " + slug, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                "Test hall", Translations.LOCALES, moderation,
                List.of(new Theme("ikaantyneet", new LocalizedText("Ikääntyneet", "Äldre", "Older people")))));
    }

    public static Line practiceLine(Lines lines, Event event) {
        return lines.create(Line.create(event.id(), "hyva-kaytanto", LineKind.PRACTICE,
                new LocalizedText("Ilmianna hyvä käytäntö", "Ange en god praxis", "Report a good practice"), 1));
    }

    public static Line answerLine(Lines lines, Event event) {
        return lines.create(Line.create(event.id(), "supervoima", LineKind.ANSWER,
                new LocalizedText("Mikä on supervoimasi?", "Vilken är din superkraft?", "What is your superpower?"), 2));
    }
}
