package fi.pyykkinaru.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
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
import fi.pyykkinaru.harvest.Report;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.privacy.PersonalDataColumns.Treatment;
import fi.pyykkinaru.staff.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The column list's claims, checked against the data: one person's name is written into every place a visitor, a
 * reported party, a registrant, a speaker or a team member can put it; then every text column of the database is
 * searched for it. After the retention purge it may stay only where the list says the purge keeps it; after an
 * erasure on request, only where the list says it is kept on purpose.
 */
@PyykkinaruTest
class PurgeLeavesNoTraceTest {

    // Unique per test: the tests share a database.
    private final String name = "Zqmaija " + Long.toString(System.nanoTime(), 36);
    private final String email = name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@example.fi";

    @Autowired Privacy privacy;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired Reports reports;
    @Autowired Registrations registrations;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private Event event;
    private Slip slip;
    private Report report;

    /** Rows written here start at version 1, as Spring Data JDBC's own inserts do (0 would read as new). */
    @BeforeEach
    void everyPlaceNamesThePerson() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Line practice = TestEvents.practiceLine(lines, event);
        slip = slips.peg(practice.requireId(), new SlipDraft("Kirjastoauto, kuljettajana " + name,
                "Kirjastoauto kiertää kylät; kysy " + name + ".", "Kyläkoulu ry", Ownership.OTHER, Region.POHJANMAA,
                Set.of(), name + ", " + email, name, email, true), "Halli A");
        report = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reports.of(event.id()), made -> !made.isEmpty()).getFirst();
        report = reports.move(report.requireId(), ReportStatus.TEXT_RECEIVED, "Teksti: " + name + " kertoo.", null,
                null, null);
        registrations.register(event, new RegistrationDraft(name, "Oma Oy", null, null, List.of("fi"), email, true),
                RegistrationSource.KIOSK);
        reports.addMember(event.id(), name, email);
        jdbc.sql("""
                insert into programme_session (event_id, token, title, starts_at, ends_at, responsible_name,
                    responsible_email, origin, language, version)
                values (?, ?, 'Kirjastoautot', current_timestamp, current_timestamp, ?, ?, 'ORGANISER', 'fi', 1)""")
                .params(event.id(), UUID.randomUUID().toString().substring(0, 16), name, email).update();
        long session = jdbc.sql("select max(id) from programme_session where event_id = ?").param(event.id())
                .query(Long.class).single();
        jdbc.sql("""
                insert into feedback_answer (id, session_id, score, channel, comment, answered_on, version)
                values (?, ?, 2, 'PHONE', ?, current_date, 1)""")
                .params(UUID.randomUUID().toString(), session, "Kiitos " + name).update();
        jdbc.sql("""
                insert into session_question (session_id, body, status, answered, starred, asker_hash, asked_at, version)
                values (?, ?, 'APPROVED', false, false, 'x', current_timestamp, 1)""")
                .params(session, "Kysymys " + name + "lle").update();
        jdbc.sql("""
                insert into slip_voice (event_id, slip_id, comment, status, created_at, version)
                values (?, ?, ?, 'PUBLISHED', current_timestamp, 1)""")
                .params(event.id(), slip.requireId(), "Samaa mieltä, terveisin " + name).update();
        jdbc.sql("""
                insert into closing_question (event_id, position, kind, text_fi, text_sv, text_en, required, version)
                values (?, 1, 'TEXT', 'Mitä?', 'Vad?', 'What?', false, 1)""").param(event.id()).update();
        long question = jdbc.sql("select max(id) from closing_question where event_id = ?").param(event.id())
                .query(Long.class).single();
        jdbc.sql("""
                insert into closing_answer (event_id, question_id, submission, answer_text, channel, answered_on)
                values (?, ?, ?, ?, 'PHONE', current_date)""")
                .params(event.id(), question, UUID.randomUUID().toString(), "Terveisiä " + name).update();
    }

    @Test
    void the_purge_leaves_the_name_only_where_the_list_says_it_keeps_it_and_erasure_only_where_kept_on_purpose() {
        assertThat(columnsHolding(name)).as("the test wrote the name everywhere it can go").containsAll(List.of(
                "slip.reporter_name", "slip.owner_contact", "slip.title", "slip.body", "report.contact",
                "report.received_text", "report.title", "report.body", "registration.name", "production_member.name",
                "programme_session.responsible_name", "feedback_answer.comment", "session_question.body",
                "slip_voice.comment", "closing_answer.answer_text"));

        privacy.purge(event.id());

        assertThat(columnsHolding(name)).as("columns that still name the person after the purge")
                .allSatisfy(column -> assertThat(PersonalDataColumns.ALL.get(column).treatment())
                        .as(column).isIn(Treatment.ON_REQUEST, Treatment.KEPT));
        assertThat(columnsHolding(email)).as("columns that still hold the e-mail after the purge").isEmpty();

        privacy.erase(privacy.find(name));

        assertThat(columnsHolding(name)).as("columns that still name the person after the erasure")
                .allSatisfy(column -> assertThat(PersonalDataColumns.ALL.get(column).treatment())
                        .as(column).isEqualTo(Treatment.KEPT));
        assertThat(privacy.find(name)).isEmpty();
    }

    @Test
    void an_access_request_hands_over_every_record_found_whole_and_the_audit_log_keeps_only_ids() {
        List<Match> found = privacy.find(name);
        assertThat(found).extracting(Match::kind).contains("SLIP", "SLIP_TEXT", "REPORT", "REPORT_TEXT",
                "REGISTRATION", "TEAM", "SESSION", "FEEDBACK", "QUESTION", "VOICE", "CLOSING");

        byte[] file = privacy.accessRequest(name, found, kind -> "label of " + kind);

        JsonNode json = JsonMapper.builder().build().readTree(file);
        assertThat(json.get("searched_for").asString()).isEqualTo(name);
        assertThat(json.get("records")).hasSize(found.size());
        JsonNode slipRecord = record(json, "SLIP");
        assertThat(slipRecord.get("what").asString()).isEqualTo("label of SLIP");
        assertThat(slipRecord.get("fields").get("reporter_email").asString()).isEqualTo(email);
        assertThat(slipRecord.get("fields").get("organisation").asString()).as("the whole record, not only the match")
                .isEqualTo("Kyläkoulu ry");
        assertThat(record(json, "REPORT").get("fields").get("received_text").asString()).contains(name);
        assertThat(record(json, "FEEDBACK").get("fields").get("score").asInt()).isEqualTo(2);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("Kiitos " + name, "Terveisiä " + name);
        assertThat(audit.recent(10)).filteredOn(entry -> entry.action().equals("access.request")).first()
                .satisfies(entry -> {
            assertThat(entry.target()).contains("slip " + slip.requireId()).doesNotContain(name).doesNotContain(email);
        });
    }

    @Test
    void a_published_report_forgets_how_to_reach_the_reported_party_and_keeps_the_reporter_until_the_purge() {
        reports.move(report.requireId(), ReportStatus.PUBLISHED, null, LocalDate.of(2026, 2, 1),
                "https://example.fi/kirjastoauto", null);

        assertThat(reports.get(report.requireId()).contact()).isNull();
        assertThat(reports.get(report.requireId()).receivedText()).as("published, at its address").contains(name);
        assertThat(ownerContact()).isEmpty();
        assertThat(jdbc.sql("select reporter_email from slip where id = ?").param(slip.requireId())
                .query(String.class).single()).isEqualTo(email);
    }

    @Test
    void a_declined_report_forgets_the_reported_partys_contact_and_text_and_keeps_the_reason() {
        reports.move(report.requireId(), ReportStatus.DECLINED, null, null, null, "Ei halunnut osallistua");

        Report declined = reports.get(report.requireId());
        assertThat(declined.contact()).isNull();
        assertThat(declined.receivedText()).isNull();
        assertThat(declined.declinedReason()).isEqualTo("Ei halunnut osallistua");
        assertThat(ownerContact()).isEmpty();
    }

    private Optional<String> ownerContact() {
        return jdbc.sql("select owner_contact from slip where id = ?").param(slip.requireId())
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single();
    }

    private static JsonNode record(JsonNode json, String kind) {
        for (JsonNode record : json.get("records")) {
            if (record.get("kind").asString().equals(kind)) {
                return record;
            }
        }
        throw new AssertionError("No record of kind " + kind + " in " + json);
    }

    /** table.column of every text column of the database that contains the value, any case. */
    private Set<String> columnsHolding(String value) {
        Set<String> holding = new TreeSet<>();
        for (String column : PersonalDataColumns.ALL.keySet()) {
            String[] parts = column.split("\\.");
            long rows = jdbc.sql("select count(*) from " + parts[0] + " where lower(" + parts[1] + ") like ?")
                    .param("%" + value.toLowerCase(Locale.ROOT) + "%").query(Long.class).single();
            if (rows > 0) {
                holding.add(column);
            }
        }
        return holding;
    }
}
