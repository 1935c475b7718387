package fi.pyykkinaru.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.badge.BadgePrinting;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.RegistrationDraft;
import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.staff.AuditLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data leaves the database when its time is up or on request, checked in the database itself; the
 * reports and counts stay.
 */
@PyykkinaruTest
class PrivacyTest {

    private final String registrantName = "Rekisteri Rauni " + Long.toString(System.nanoTime(), 36);
    private final String registrantEmail = "rauni." + Long.toString(System.nanoTime(), 36) + "@example.fi";

    @Autowired Privacy privacy;
    @Autowired Reports reports;
    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired Events events;
    @Autowired Lines lines;
    @Autowired Slips slips;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    private HarvestTestData data;
    private Registration registrant;

    @BeforeEach
    void data() {
        data = new HarvestTestData(events, lines, slips);
        data.reports(reports);
        registrant = registrations.register(data.event, new RegistrationDraft(registrantName, "Raunin Firma", null, null,
                List.of("fi"), registrantEmail, true), RegistrationSource.KIOSK);
        badges.registered(registrant, data.event);
    }

    @Test
    void the_retention_purge_leaves_no_personal_data_of_the_event_but_keeps_its_reports() {
        // The test event ended on 2.1.2026; kept 30 days, so its time is up today.
        privacy.setRetentionDays(data.event.id(), 30);
        int reportsBefore = reports.of(data.event.id()).size();

        privacy.purgeDue();

        assertNoTraceOf(data.reporter, data.reporterEmail, data.ownerEmail, data.ownerPhone,
                registrantName, registrantEmail);
        assertThat(reports.of(data.event.id())).hasSize(reportsBefore)
                .allSatisfy(r -> assertThat(r.contact()).isNull());
        assertThat(slips.published(data.withPersonalData.requireId()).orElseThrow().title()).isEqualTo("Kyläkoulun kirjastoauto");
        assertThat(jdbc.sql("select count(*) from print_job where subject = ?").param("registration:" + registrant.id())
                .query(Long.class).single()).as("badge PDFs carry the name").isZero();
        assertThat(registrations.get(registrant.requireId()).languageCodes()).containsExactly("fi");
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("retention.purge"));
    }

    @Test
    void an_event_whose_time_is_not_up_keeps_its_data() {
        privacy.setRetentionDays(data.event.id(), 3650);

        privacy.purgeDue();

        assertThat(privacy.find(data.reporterEmail)).isNotEmpty();
        assertThat(LocalDate.of(2026, 1, 2).plusDays(3650)).isAfter(LocalDate.now());
    }

    @Test
    void erasure_on_request_finds_everything_about_the_person_and_removes_it_after_confirmation() {
        List<Privacy.Match> reporter = privacy.find(data.reporterEmail.toUpperCase());
        assertThat(reporter).extracting(Privacy.Match::kind).containsExactly(Privacy.Kind.SLIP);
        List<Privacy.Match> owner = privacy.find(data.ownerEmail);
        assertThat(owner).extracting(Privacy.Match::kind).containsExactlyInAnyOrder(Privacy.Kind.SLIP, Privacy.Kind.REPORT);
        List<Privacy.Match> registered = privacy.find(registrantName);
        assertThat(registered).extracting(Privacy.Match::kind).containsExactly(Privacy.Kind.REGISTRATION);

        privacy.erase(reporter);
        privacy.erase(owner);
        privacy.erase(registered);

        assertNoTraceOf(data.reporter, data.reporterEmail, data.ownerEmail, registrantName,
                registrantEmail);
        assertThat(privacy.find(registrantName)).isEmpty();
        assertThat(audit.recent(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("erase"));
    }

    @Test
    void searches_too_short_to_mean_a_person_find_nothing() {
        assertThat(privacy.find("fi")).isEmpty();
    }

    /** Every text column of every table with personal data, searched for each value. */
    private void assertNoTraceOf(String... values) {
        for (String value : values) {
            String like = "%" + value.toLowerCase() + "%";
            long found = jdbc.sql("select count(*) from slip where lower(coalesce(owner_contact, '') || ' ' "
                    + "|| coalesce(reporter_name, '') || ' ' || coalesce(reporter_email, '')) like ?").param(like)
                    .query(Long.class).single()
                    + jdbc.sql("select count(*) from registration where lower(name || ' ' || coalesce(email, '') || ' ' "
                    + "|| coalesce(organisation, '')) like ?").param(like).query(Long.class).single()
                    + jdbc.sql("select count(*) from report where lower(coalesce(contact, '')) like ?").param(like)
                    .query(Long.class).single();
            assertThat(found).as("rows still holding %s", value).isZero();
        }
    }
}
