package fi.pyykkinaru.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.harvest.TeamMember;
import fi.pyykkinaru.kiosk.Screen;
import fi.pyykkinaru.kiosk.Screens;
import fi.pyykkinaru.kiosk.Stand;
import fi.pyykkinaru.kiosk.StandSettings;
import fi.pyykkinaru.kiosk.Stands;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An event copied brings its set-up and nothing of the day; the sample event removed takes everything of its own
 * and nothing of another event's. Its own context: the sample event the other tests share is removed here.
 */
@PyykkinaruTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventRemovalAndCopyTest {

    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Sessions sessions;
    @Autowired Feedback feedback;
    @Autowired Registrations registrations;
    @Autowired Reports reports;
    @Autowired PrintQueue queue;
    @Autowired Stands stands;
    @Autowired Screens screens;
    @Autowired StandSettings standSettings;
    @Autowired JdbcClient jdbc;
    @Autowired List<SetupPart> parts;

    @Test
    void a_copy_brings_the_themes_and_team_but_no_slips_votes_or_people() {
        Event original = TestEvents.create(events, ModerationPolicy.HOLD_ALL);
        long originalId = original.requireId();
        events.setRetentionDays(originalId, 90);
        reports.addMember(originalId, "Aino Toimittaja", "aino@example.fi");
        reports.addMember(originalId, "Bertil Redaktör", null);
        Line line = TestEvents.answerLine(lines, original);
        slips.peg(line.requireId(), SlipDraft.answer("Vanha lappu", null, null), null);
        feedback.vote(session(originalId), "original:1", Score.of(1), Channel.KIOSK);
        registrations.register(original, person("Vanha Kävijä"), RegistrationSource.STAFF);
        original = events.find(originalId).orElseThrow();

        Event copy = events.copy(originalId, original.slug() + "-2027", "Seuraava 2027", "Nästa 2027", null,
                LocalDate.of(2027, 5, 12), LocalDate.of(2027, 5, 13));

        assertThat(copy.slug()).isEqualTo(original.slug() + "-2027");
        assertThat(copy.startsOn()).isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(copy.name(java.util.Locale.of("sv"))).isEqualTo("Nästa 2027");
        assertThat(copy.name(java.util.Locale.ENGLISH)).as("no English name: the Finnish one").isEqualTo("Seuraava 2027");
        assertThat(copy.sample()).isFalse();
        assertThat(copy.themes()).isEqualTo(original.themes());
        assertThat(copy.regionList()).isEqualTo(original.regionList());
        assertThat(copy.moderation()).isEqualTo(ModerationPolicy.HOLD_ALL);
        assertThat(copy.retentionDays()).isEqualTo(90);
        assertThat(copy.venue()).isEqualTo(original.venue());
        assertThat(reports.team(copy.requireId())).extracting(TeamMember::name, TeamMember::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aino Toimittaja", "aino@example.fi"),
                        org.assertj.core.groups.Tuple.tuple("Bertil Redaktör", null));
        long copyId = copy.requireId();
        assertThat(count("select count(*) from slip where event_id = ?", copyId)).isZero();
        assertThat(count("select count(*) from programme_session where event_id = ?", copyId)).isZero();
        assertThat(count("select count(*) from feedback_answer a join programme_session s on s.id = a.session_id "
                + "where s.event_id = ?", copyId)).isZero();
        assertThat(count("select count(*) from registration where event_id = ?", copyId)).isZero();
        assertThat(count("select count(*) from report where event_id = ?", copyId)).isZero();
        assertThat(count("select count(*) from slip where event_id = ?", originalId)).as("the original keeps its own")
                .isEqualTo(1);
    }

    @Test
    void a_copy_needs_a_free_slug_and_its_dates_in_order() {
        Event original = TestEvents.create(events, ModerationPolicy.PUBLISH);
        assertThatThrownBy(() -> events.copy(original.requireId(), original.slug(), "Toinen", null, null,
                LocalDate.of(2027, 5, 13), LocalDate.of(2027, 5, 12)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.problems())
                        .extracting(EventDraft.Problem::field, EventDraft.Problem::key)
                        .contains(org.assertj.core.groups.Tuple.tuple("slug", "event.error.slug-taken"),
                                org.assertj.core.groups.Tuple.tuple("endsOn", "event.error.dates")));
    }

    @Test
    void the_event_and_team_parts_of_a_set_up_file_say_every_problem_at_its_place() {
        Event event = TestEvents.create(events, ModerationPolicy.FILTER);
        reports.addMember(event.requireId(), "Aino Toimittaja", "aino@example.fi");
        tools.jackson.databind.node.ObjectNode file = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (SetupPart part : parts) {
            file.set(part.key(), part.export(event));
        }
        SetupProblems fine = new SetupProblems();
        parts.forEach(part -> part.check(file.path(part.key()), file, fine));
        assertThat(fine.all()).as("an exported set-up checks clean").isEmpty();

        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode) file.path("event");
        broken.put("slug", "Iso Kirjain");
        broken.put("endsOn", "2025-12-31");
        broken.put("startsOn", "2026-01-01");
        broken.put("moderation", "SOMETIMES");
        broken.put("retentionDays", 9999);
        ((tools.jackson.databind.node.ArrayNode) broken.path("languages")).insert(0, "de");
        ((tools.jackson.databind.node.ArrayNode) broken.path("regions")).insert(0, "ATLANTIS");
        tools.jackson.databind.node.ObjectNode twin = ((tools.jackson.databind.node.ArrayNode) broken.path("themes")).addObject();
        twin.put("code", "ikaantyneet");
        twin.putObject("label").put("fi", "Kaksoisolento");
        ((tools.jackson.databind.node.ObjectNode) file.path("team").get(0)).put("email", "ei-osoite");
        ((tools.jackson.databind.node.ArrayNode) file.path("team")).addObject().put("email", "x@example.fi");
        SetupProblems problems = new SetupProblems();
        parts.forEach(part -> part.check(file.path(part.key()), file, problems));

        assertThat(problems.all()).extracting(SetupProblems.Problem::pointer, SetupProblems.Problem::key)
                .contains(org.assertj.core.groups.Tuple.tuple("/event/slug", "event.error.slug"),
                        org.assertj.core.groups.Tuple.tuple("/event/endsOn", "event.error.dates"),
                        org.assertj.core.groups.Tuple.tuple("/event/moderation", "event.setup.error.choice"),
                        org.assertj.core.groups.Tuple.tuple("/event/retentionDays", "event.error.retention"),
                        org.assertj.core.groups.Tuple.tuple("/event/languages/0", "event.setup.error.language"),
                        org.assertj.core.groups.Tuple.tuple("/event/regions/0", "event.setup.error.choice"),
                        org.assertj.core.groups.Tuple.tuple("/event/themes/1/code", "event.error.theme-taken"),
                        org.assertj.core.groups.Tuple.tuple("/team/0/email", "register.error.email"),
                        org.assertj.core.groups.Tuple.tuple("/team/1/name", "event.setup.error.missing"));
        SetupProblems missing = new SetupProblems();
        parts.stream().filter(p -> p.key().equals("event")).forEach(p -> p.check(
                tools.jackson.databind.node.MissingNode.getInstance(), file, missing));
        assertThat(missing.all()).extracting(SetupProblems.Problem::pointer).containsExactly("/event");
    }

    @Test
    void saving_on_a_version_someone_else_has_saved_over_is_refused() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        EventDraft draft = event.draft();
        EventDraft first = new EventDraft(draft.slug(), "Ensimmäinen", null, null, draft.startsOn(), draft.endsOn(),
                draft.venue(), draft.timeZone(), draft.languages(), draft.moderation(), draft.themes(), draft.regions(),
                draft.retentionDays());
        events.update(event.requireId(), event.version(), first);

        assertThatThrownBy(() -> events.update(event.requireId(), event.version(), draft))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(events.find(event.requireId()).orElseThrow().name()).isEqualTo("Ensimmäinen");
    }

    @Test
    void an_archived_event_is_never_the_current_one() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        events.archive(event.requireId(), true);
        assertThat(events.current()).hasValueSatisfying(e -> assertThat(e.archived()).isFalse());
        assertThat(events.find(event.requireId()).orElseThrow().archived()).isTrue();
    }

    @Test
    void removing_the_sample_takes_all_of_its_own_and_nothing_of_another_event() {
        Event sample = events.sample().orElseThrow();
        long sampleId = sample.requireId();
        Event other = TestEvents.create(events, ModerationPolicy.PUBLISH);
        long otherId = other.requireId();
        Line otherLine = TestEvents.answerLine(lines, other);
        Slip otherSlip = slips.peg(otherLine.requireId(), SlipDraft.answer("Toisen tapahtuman lappu", null, null), null);
        Session otherSession = session(otherId);
        feedback.vote(otherSession, "other:1", Score.of(2), Channel.KIOSK);
        Registration otherPerson = registrations.register(other, person("Olli Muu"), RegistrationSource.STAFF);
        reports.addMember(otherId, "Maija Muu", null);
        Stand otherStand = stands.save(Stand.create(otherId, "Muu osasto", standSettings));
        Screen otherScreen = screens.pairDirectly(screens.recognise(Screens.newToken(), null), otherStand.requireId(), "t");

        // The sample's own prints, and its stand with a screen paired.
        long sampleSlip = jdbc.sql("select min(id) from slip where event_id = ?").param(sampleId).query(Long.class).single();
        Registration samplePerson = registrations.register(sample, person("Esi Merkki"), RegistrationSource.STAFF);
        Session sampleSession = sessions.programme(sampleId).getFirst();
        held(PrintKind.SLIP, "slip:" + sampleSlip);
        held(PrintKind.BADGE, "registration:" + samplePerson.requireId());
        held(PrintKind.BADGE_SHEET, "sheets:" + sampleId + ":1");
        held(PrintKind.POSTER, "poster:" + sampleSession.token() + ":A4");
        held(PrintKind.PROGRAMME, "programme:" + sampleId + ":1");
        Stand sampleStand = stands.save(Stand.create(sampleId, "Esimerkkiosasto", standSettings));
        Screen sampleScreen = screens.pairDirectly(screens.recognise(Screens.newToken(), null), sampleStand.requireId(), "t");
        // And the other event's prints, which stay.
        held(PrintKind.SLIP, "slip:" + otherSlip.requireId());
        held(PrintKind.BADGE, "registration:" + otherPerson.requireId());
        held(PrintKind.BADGE_SHEET, "sheets:" + otherId + ":1");
        held(PrintKind.POSTER, "poster:" + otherSession.token() + ":A4");
        held(PrintKind.PROGRAMME, "programme:" + otherId + ":1");
        // The harvest makes reports of the sample's practices after they are pegged: wait for them to be there.
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from report where event_id = ?", sampleId) >= 8);
        Map<String, Long> otherBefore = otherCounts(otherId);
        assertThat(events.holdings(sampleId)).extracting(EventHoldings.Holding::key)
                .contains("event.holding.slips", "event.holding.votes", "event.holding.registrations",
                        "event.holding.reports", "event.holding.team", "event.holding.stands", "event.holding.lines",
                        "event.holding.sessions");

        events.remove(sampleId);

        assertThat(events.find(sampleId)).isEmpty();
        assertThat(events.sample()).isEmpty();
        for (String table : List.of("slip", "clothesline", "programme_session", "registration", "report",
                "production_member", "stand")) {
            assertThat(count("select count(*) from " + table + " where event_id = ?", sampleId)).as(table).isZero();
        }
        assertThat(count("select count(*) from feedback_answer where session_id = ?", sampleSession.requireId())).isZero();
        assertThat(count("select count(*) from event_theme where event_id = ?", sampleId)).isZero();
        for (String subject : List.of("slip:" + sampleSlip, "registration:" + samplePerson.requireId(),
                "sheets:" + sampleId + ":1", "poster:" + sampleSession.token() + ":A4", "programme:" + sampleId + ":1")) {
            assertThat(jdbc.sql("select count(*) from print_job where subject = ?").param(subject).query(Long.class).single())
                    .as(subject).isZero();
        }
        Screen unpaired = screens.all().stream().filter(s -> s.id().equals(sampleScreen.id())).findFirst().orElseThrow();
        assertThat(unpaired.paired()).as("the sample stand's screen waits for a new stand").isFalse();

        assertThat(otherCounts(otherId)).isEqualTo(otherBefore);
        assertThat(screens.all().stream().filter(s -> s.id().equals(otherScreen.id())).findFirst().orElseThrow().standId())
                .isEqualTo(otherStand.id());
    }

    private Map<String, Long> otherCounts(long otherId) {
        return Map.of(
                "slips", count("select count(*) from slip where event_id = ?", otherId),
                "votes", count("select count(*) from feedback_answer a join programme_session s on s.id = a.session_id "
                        + "where s.event_id = ?", otherId),
                "registrations", count("select count(*) from registration where event_id = ?", otherId),
                "team", count("select count(*) from production_member where event_id = ?", otherId),
                "stands", count("select count(*) from stand where event_id = ?", otherId),
                "print jobs", jdbc.sql("select count(*) from print_job where subject in (?, ?, ?, ?, ?)")
                        .params("slip:" + slipOf(otherId), "registration:" + registrationOf(otherId),
                                "sheets:" + otherId + ":1", "poster:" + tokenOf(otherId) + ":A4", "programme:" + otherId + ":1")
                        .query(Long.class).single());
    }

    private long slipOf(long eventId) {
        return jdbc.sql("select min(id) from slip where event_id = ?").param(eventId).query(Long.class).single();
    }

    private long registrationOf(long eventId) {
        return jdbc.sql("select min(id) from registration where event_id = ?").param(eventId).query(Long.class).single();
    }

    private String tokenOf(long eventId) {
        return jdbc.sql("select min(token) from programme_session where event_id = ?").param(eventId).query(String.class).single();
    }

    private void held(PrintKind kind, String subject) {
        queue.submit(new PrintDocument(kind, subject, subject, "A4", new byte[] {'%', 'P', 'D', 'F'}), true);
    }

    private Session session(long eventId) {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        return sessions.save(new Session(null, eventId, SessionTokens.next(), "Toisen sessio", null, start,
                start.plusSeconds(3600), null, null, null, null, SessionOrigin.ORGANISER, "fi", 0));
    }

    private static RegistrationDraft person(String name) {
        return new RegistrationDraft(name, null, null, null, List.of("fi"), null, false);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
