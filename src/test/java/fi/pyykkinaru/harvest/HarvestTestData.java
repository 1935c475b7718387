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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;

/** An event of a test's own with a practice line, an answer line and a few slips, one with personal data. */
final class HarvestTestData {

    // Unique per test: tests share a database, and each must find (or miss) only its own person.
    final String unique = Long.toString(System.nanoTime(), 36);
    final String reporter = "Riikka Raportoija " + unique;
    final String reporterEmail = "riikka." + unique + "@example.fi";
    final String ownerEmail = "orjan." + unique + "@kylakoulu.fi";
    final String ownerPhone = "040 " + unique;
    final String ownerContact = "Örjan Ägare, " + ownerEmail + ", " + ownerPhone;

    final Event event;
    final Line practice;
    final Line answers;
    final Slip withPersonalData;

    HarvestTestData(Events events, Lines lines, Slips slips) {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        practice = TestEvents.practiceLine(lines, event);
        answers = TestEvents.answerLine(lines, event);
        withPersonalData = slips.peg(practice.requireId(), new SlipDraft("Kyläkoulun kirjastoauto", "Auto kiertää kylät.",
                "Kyläkoulu ry", Ownership.OTHER, Region.POHJANMAA, Set.of("ikaantyneet"), ownerContact, reporter,
                reporterEmail, true), "Halli A");
        slips.peg(practice.requireId(), new SlipDraft("Kävelevä kahvila", "Yhdessä kahville.", "Seurakunta", Ownership.OWN,
                Region.KESKI_SUOMI, Set.of(), null, null, null, false), "Halli B");
        slips.peg(practice.requireId(), new SlipDraft("Kävelevä kahvila!", "Sama kahvila.", "Seurakunta", Ownership.OWN,
                Region.KESKI_SUOMI, Set.of(), null, null, null, false), "Halli B");
        slips.peg(answers.requireId(), SlipDraft.answer("Kuunteleminen", null, null), "Halli A");
        slips.peg(answers.requireId(), SlipDraft.answer("kuunteleminen", null, null), "Halli A");
        slips.peg(answers.requireId(), SlipDraft.answer("Sisu", null, Region.LAPPI), "Halli A");
    }

    /** The reports of the three practices, once the harvest has heard of them (it listens off the pegging thread). */
    List<Report> reports(Reports reports) {
        return awaitReports(reports, event.id(), 3);
    }

    static List<Report> awaitReports(Reports reports, long eventId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reports.of(eventId), made -> made.size() >= count);
    }
}
