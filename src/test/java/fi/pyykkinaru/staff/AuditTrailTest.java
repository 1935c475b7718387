package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.PreRegistrationImport;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.evaluation.EventGoal;
import fi.pyykkinaru.evaluation.Goals;
import fi.pyykkinaru.harvest.HarvestDocuments;
import fi.pyykkinaru.harvest.InvalidFollowUpException;
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.ProgrammeImport;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Each group of staff and organiser actions the log must hold leaves its entry when its service is called: who,
 * what, on what (ids, never a person's name or words) and how it ended.
 */
@PyykkinaruTest
class AuditTrailTest {

    @Autowired AuditLog audit;
    @Autowired Events events;
    @Autowired Sessions sessions;
    @Autowired ProgrammeImport programmeImport;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired PreRegistrationImport preRegistration;
    @Autowired PrintQueue queue;
    @Autowired Reports reports;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired HarvestDocuments documents;
    @Autowired Goals goals;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;

    @Test
    void logins_are_recorded_done_and_refused_and_a_stranger_s_typing_is_not_kept() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(formLogin("/login").user("organiser").password("not-the-password"));
        mvc.perform(formLogin("/login").user("my-secret-passw0rd").password("x"));
        mvc.perform(formLogin("/login").user("organiser").password(PyykkinaruTest.ORGANISER_PASSWORD));

        List<AuditLog.Entry> logins = audit.find(new AuditLog.Filter(null, null, null, "login", null), 10);
        assertThat(logins).extracting(AuditLog.Entry::actor, AuditLog.Entry::target, AuditLog.Entry::outcome)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("organiser", "account organiser", AuditLog.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(AuditLog.ANONYMOUS, "account unknown", AuditLog.Outcome.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(AuditLog.ANONYMOUS, "account organiser", AuditLog.Outcome.REFUSED));
        assertThat(audit.find(new AuditLog.Filter(null, null, null, null, "my-secret"), 10))
                .as("what a stranger typed as a username is nowhere in the log").isEmpty();
        assertThat(audit.describe(logins.get(1), Locale.ENGLISH)).contains("signed in", "account unknown", "refused");
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void programme_edits_imports_and_paper_counts_are_recorded_by_session_token_not_title() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        Session added = sessions.save(new Session(null, event.requireId(), SessionTokens.next(), "Pian salainen työpaja",
                null, start, start.plusSeconds(3600), "Sali 1", "Pia Puhuja", null, null, SessionOrigin.ORGANISER, "fi", 0));
        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("pia", "session.add", "session " + added.token() + " (event " + event.requireId() + ")");
        Session edited = sessions.save(new Session(added.id(), added.eventId(), added.token(), "Uusi nimi", null,
                added.startsAt(), added.endsAt(), added.room(), null, null, null, added.origin(), "fi", added.version()));
        assertThat(last().action()).isEqualTo("session.edit");

        programmeImport.csv(event.requireId(), csv("title,start,end\nAvaus,2026-01-01T10:00,2026-01-01T11:00\n"));
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target, AuditLog.Entry::outcome)
                .containsExactly("programme.import", "event " + event.requireId() + ": 1 records", AuditLog.Outcome.DONE);
        programmeImport.csv(event.requireId(), csv("title,start,end\nAvaus,huomenna,2026-01-01T11:00\n"));
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::outcome)
                .containsExactly("programme.import", AuditLog.Outcome.REFUSED);

        feedback.count(edited, Channel.PAPER, Score.P2, 12);
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("feedback.count", "session " + added.token() + ": paper 2 = 12");
        assertThat(audit.recent(20)).noneSatisfy(e -> assertThat(e.target()).containsAnyOf("Pia", "salainen", "Uusi nimi"));
    }

    @Test
    @WithMockUser(username = "pia", roles = "STAFF")
    void registrations_and_their_import_are_recorded_by_id_without_the_person_s_name() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Registration registered = registrations.register(event, new RegistrationDraft("Ritva Rekisteröity", "Kunta", null,
                null, List.of("fi"), null, false), RegistrationSource.STAFF);
        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("pia", "registration.add", "registration " + registered.id() + " (event " + event.requireId() + ")");

        preRegistration.csv(event, csv("name\nTuomas Tuotu\nUlla Uusi\n"));
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target, AuditLog.Entry::outcome)
                .containsExactly("registration.import", "event " + event.requireId() + ": 2 records", AuditLog.Outcome.DONE);
        preRegistration.csv(event, csv("nimi puuttuu\nx\n"));
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::outcome)
                .containsExactly("registration.import", AuditLog.Outcome.REFUSED);
        assertThat(audit.recent(10)).noneSatisfy(e -> assertThat(e.target()).containsAnyOf("Ritva", "Tuomas", "Ulla"));
    }

    @Test
    @WithMockUser(username = "pia", roles = "STAFF")
    void reprints_retries_and_cancels_of_print_jobs_are_recorded_and_a_cancel_too_late_is_refused() {
        String subject = "audit:" + System.nanoTime();
        PrintJob held = queue.submit(new PrintDocument(PrintKind.BADGE_SHEET, subject, subject, "A4",
                new byte[] {'%', 'P', 'D', 'F'}), true);

        queue.cancel(held.id());
        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target,
                AuditLog.Entry::outcome).containsExactly("pia", "print.cancel", "job " + held.id(), AuditLog.Outcome.DONE);
        queue.cancel(held.id());
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::outcome)
                .as("a cancelled job cannot be cancelled again").containsExactly("print.cancel", AuditLog.Outcome.REFUSED);
        queue.uncancel(held.id(), fi.pyykkinaru.printing.PrintState.HELD);
        assertThat(last().action()).isEqualTo("print.uncancel");
        PrintJob again = queue.reprint(held.id());
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("print.reprint", "job " + again.id() + " ← job " + held.id());
        queue.cancel(again.id());
        queue.retry(held.id());
        assertThat(last().action()).isEqualTo("print.retry");
        queue.cancel(held.id());
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void report_moves_and_assignments_are_recorded_and_a_refused_move_stays_in_the_log() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        var line = TestEvents.practiceLine(lines, event);
        slips.peg(line.requireId(), new SlipDraft("Kirjastoauto", "Auto kiertää kylät.", "Kyläkoulu ry", Ownership.OTHER,
                Region.POHJANMAA, Set.of(), null, null, null, false), "Halli A");
        Report report = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reports.of(event.requireId()), made -> made.size() == 1).getFirst();
        TeamMember aino = reports.addMember(event.requireId(), "Aino Tiimiläinen", null);
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("team.add", "member " + aino.id() + " (event " + event.requireId() + ")");

        reports.assignNew(event.requireId());
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("report.assign-new", "event " + event.requireId() + ": report [" + report.id() + "]");
        reports.assign(report.requireId(), aino.requireId());
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("report.assign", "report " + report.id() + " → member " + aino.id());
        reports.move(report.requireId(), ReportStatus.CONTACTED, null, null, null, null);
        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target,
                AuditLog.Entry::outcome).containsExactly("pia", "report.move.contacted", "report " + report.id(), AuditLog.Outcome.DONE);

        assertThatThrownBy(() -> reports.move(report.requireId(), ReportStatus.TEXT_RECEIVED, " ", null, null, null))
                .isInstanceOf(InvalidFollowUpException.class);
        assertThat(last()).as("written after the refused move's transaction rolled back")
                .extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::outcome)
                .containsExactly("pia", "report.move.text_received", AuditLog.Outcome.REFUSED);
        assertThat(reports.get(report.requireId()).status()).isEqualTo(ReportStatus.CONTACTED);
        assertThat(audit.recent(10)).noneSatisfy(e -> assertThat(e.target()).containsAnyOf("Aino", "Kirjastoauto"));
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void a_feedback_letter_drawn_in_a_read_only_transaction_is_recorded_when_it_ends() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        Session session = sessions.save(new Session(null, event.requireId(), SessionTokens.next(), "Kirjeen tilaisuus",
                null, start, start.plusSeconds(3600), null, null, null, null, SessionOrigin.ORGANISER, "fi", 0));

        documents.feedbackLetter(session, event, Locale.of("fi"));

        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("pia", "pdf.feedback-letter", "session " + session.token());
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void the_log_filters_by_actor_action_text_and_time_and_its_export_is_recorded_after_it_is_made() {
        audit.record("report.edit", "report 424242");
        audit.record("report.hide", "report 424242");

        AuditLog.Filter mine = new AuditLog.Filter(Instant.now().minusSeconds(600), null, "pia", "report.hide", "424242");
        assertThat(audit.find(mine, 10)).extracting(AuditLog.Entry::action).containsExactly("report.hide");
        assertThat(audit.find(new AuditLog.Filter(null, Instant.parse("2000-01-01T00:00:00Z"), null, null, null), 10)).isEmpty();
        assertThat(audit.find(new AuditLog.Filter(null, null, null, null, "%"), 10)).as("a % is a character, not a wildcard")
                .allSatisfy(e -> assertThat(e.actor() + e.action() + e.target()).contains("%"));

        String csv = new String(audit.csv(new AuditLog.Filter(null, null, null, null, "424242"), Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().toList().getFirst()).endsWith("Time;Who;Action;Code;Target;Outcome");
        assertThat(csv.lines().toList().get(1)).contains(";pia;edited a report;report.edit;report 424242;done");
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("audit.export", "2 records");
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void the_event_s_goals_are_set_up_changes_and_are_recorded() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        EventGoal goal = goals.add(event.requireId(), "Tavoitamme 300 kävijää.");
        assertThat(last()).extracting(AuditLog.Entry::actor, AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("pia", "goal.add", "goal " + goal.id() + " (event " + event.requireId() + ")");
        goals.remove(goal.requireId());
        assertThat(last()).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly("goal.remove", "goal " + goal.id());
    }

    @Test
    @WithMockUser(username = "pia", roles = "ORGANISER")
    void removing_an_event_keeps_its_audit_entries() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        audit.record("event.update", "event " + event.requireId() + ": " + event.slug());
        long before = count(event);

        events.remove(event.requireId());

        assertThat(count(event)).isEqualTo(before).isPositive();
    }

    private long count(Event event) {
        return jdbc.sql("select count(*) from audit_entry where target like ?").param("event " + event.requireId() + ":%")
                .query(Long.class).single();
    }

    private AuditLog.Entry last() {
        return audit.recent(1).getFirst();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
