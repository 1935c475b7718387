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
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
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
    @Autowired PrintQueue queue;

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
        List<Match> reporter = privacy.find(data.reporterEmail.toUpperCase());
        assertThat(reporter).extracting(Match::kind).containsExactly("SLIP");
        List<Match> owner = privacy.find(data.ownerEmail);
        assertThat(owner).extracting(Match::kind).containsExactlyInAnyOrder("SLIP", "REPORT");
        List<Match> registered = privacy.find(registrantName);
        assertThat(registered).extracting(Match::kind).containsExactly("REGISTRATION");

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

    @Test
    void wildcards_alone_find_no_one() {
        assertThat(privacy.find("%%%_")).isEmpty();
        assertThat(privacy.find(" _%a%_ ")).isEmpty();
    }

    @Test
    void a_purge_of_one_event_leaves_every_other_events_personal_data_and_badges_alone() {
        HarvestTestData other = new HarvestTestData(events, lines, slips);
        other.reports(reports);
        String otherName = "Toinen Tuula " + other.unique;
        Registration otherRegistrant = registrations.register(other.event, new RegistrationDraft(otherName, "Tuulan Oy",
                null, null, List.of("sv"), "tuula." + other.unique + "@example.fi", true), RegistrationSource.KIOSK);
        PrintJob otherBadge = badges.registered(otherRegistrant, other.event);
        PrintJob ownSheet = badges.printSheets(List.of(registrant), data.event, done -> { });
        PrintJob otherSheet = badges.printSheets(List.of(otherRegistrant), other.event, done -> { });

        privacy.purge(data.event.id());

        assertNoTraceOf(data.reporterEmail, data.ownerEmail, registrantName);
        assertThat(jobs(ownSheet)).as("this event's sheet carries its names").isZero();
        assertThat(privacy.find(other.reporterEmail)).extracting(Match::kind).containsExactly("SLIP");
        assertThat(privacy.find(other.ownerEmail)).extracting(Match::kind).containsExactlyInAnyOrder("SLIP", "REPORT");
        assertThat(privacy.find(otherName)).extracting(Match::kind).containsExactly("REGISTRATION");
        assertThat(reports.of(other.event.id())).anySatisfy(r -> assertThat(r.contact()).isEqualTo(other.ownerContact));
        assertThat(jobs(otherBadge)).isOne();
        assertThat(jobs(otherSheet)).isOne();
        assertThat(privacy.retentionDays(other.event.id())).isNull();
        assertThat(events.find(other.event.id()).orElseThrow().personalDataPurgedAt()).isNull();
        assertThat(events.find(data.event.id()).orElseThrow().personalDataPurgedAt()).isNotNull();
    }

    @Test
    void every_kind_of_record_with_personal_data_has_a_label_in_every_language() {
        assertThat(privacy.kinds()).contains("SLIP", "REGISTRATION", "REPORT");
        Translations translations = new Translations();
        for (var locale : Translations.LOCALES) {
            assertThat(privacy.kinds()).allSatisfy(kind -> assertThat(translations.getTranslation("privacy.kind." + kind,
                    locale)).as("label of %s in %s", kind, locale).doesNotStartWith("!"));
        }
    }

    private long jobs(PrintJob job) {
        return queue.history(job.kind(), job.subject()).size();
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
