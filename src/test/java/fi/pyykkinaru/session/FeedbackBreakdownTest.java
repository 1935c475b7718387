package fi.pyykkinaru.session;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.ExportTable;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A session's feedback broken down for its letter, and the answers as export rows. */
@PyykkinaruTest
class FeedbackBreakdownTest {

    @Autowired Feedback feedback;
    @Autowired FeedbackBreakdown breakdown;
    @Autowired FeedbackExport export;
    @Autowired Sessions sessions;
    @Autowired Events events;

    @Test
    void answers_are_broken_down_by_channel_with_staffs_counts_and_by_region_with_the_comments() {
        long eventId = TestEvents.create(events, ModerationPolicy.PUBLISH).id();
        Session session = sessions.save(new Session(null, eventId, SessionTokens.next(), "Paneeli", null,
                Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T09:00:00Z"), "Sali A", null, null, null,
                SessionOrigin.ORGANISER, "fi", 0));
        Answer kiosk = feedback.vote(session, "kiosk:1", Score.P2, Channel.KIOSK);
        feedback.addDetails(kiosk.id(), new AnswerDetails("Hyvä keskustelu", Region.LAPPI, null, null));
        feedback.vote(session, "phone:1", Score.M1, Channel.PHONE);
        feedback.count(session, Channel.PAPER, Score.P1, 3);

        SessionFeedback result = breakdown.of(session);

        assertThat(result.result().count()).isEqualTo(5);
        assertThat(result.byChannel()).containsOnlyKeys("KIOSK", "PHONE", "PAPER");
        assertThat(result.byChannel().get("PAPER").count()).isEqualTo(3);
        assertThat(result.byChannel().get("PHONE").medianText()).isEqualTo("-1");
        assertThat(result.byRegion()).containsOnlyKeys("LAPPI", "");
        assertThat(result.byRegion().get("LAPPI").count()).isEqualTo(1);
        assertThat(result.comments()).containsExactly("Hyvä keskustelu");

        ExportTable full = export.rows(eventId, false);
        ExportTable anonymised = export.rows(eventId, true);
        assertThat(full.rows()).as("staff's counts are not answers").hasSize(2);
        assertThat(full.columns()).contains("session", "channel", "score", "comment");
        assertThat(full.rows()).anySatisfy(row -> assertThat(row).contains("Paneeli", "KIOSK", "2", "Hyvä keskustelu"));
        assertThat(anonymised.columns()).doesNotContain("comment");
        assertThat(anonymised.rows()).noneMatch(row -> row.contains("Hyvä keskustelu"));
    }
}
