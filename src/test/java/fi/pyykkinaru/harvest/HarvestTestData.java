package fi.pyykkinaru.harvest;

import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import java.util.Set;

/** An event of a test's own with a practice line, an answer line and a few slips, one with personal data. */
final class HarvestTestData {

    static final String REPORTER = "Riikka Raportoija";
    static final String REPORTER_EMAIL = "riikka.raportoija@example.fi";
    static final String OWNER_CONTACT = "Örjan Ägare, orjan@kylakoulu.fi, 040 123 4567";

    final Event event;
    final Line practice;
    final Line answers;
    final Slip withPersonalData;

    HarvestTestData(Events events, Lines lines, Slips slips) {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        practice = TestEvents.practiceLine(lines, event);
        answers = TestEvents.answerLine(lines, event);
        withPersonalData = slips.pin(practice.requireId(), new SlipDraft("Kyläkoulun kirjastoauto", "Auto kiertää kylät.",
                "Kyläkoulu ry", Ownership.OTHER, Region.POHJANMAA, Set.of("ikaantyneet"), OWNER_CONTACT, REPORTER,
                REPORTER_EMAIL, true), "Halli A");
        slips.pin(practice.requireId(), new SlipDraft("Kävelevä kahvila", "Yhdessä kahville.", "Seurakunta", Ownership.OWN,
                Region.KESKI_SUOMI, Set.of(), null, null, null, false), "Halli B");
        slips.pin(practice.requireId(), new SlipDraft("Kävelevä kahvila!", "Sama kahvila.", "Seurakunta", Ownership.OWN,
                Region.KESKI_SUOMI, Set.of(), null, null, null, false), "Halli B");
        slips.pin(answers.requireId(), SlipDraft.answer("Kuunteleminen", null, null), "Halli A");
        slips.pin(answers.requireId(), SlipDraft.answer("kuunteleminen", null, null), "Halli A");
        slips.pin(answers.requireId(), SlipDraft.answer("Sisu", null, Region.LAPPI), "Halli A");
    }
}
