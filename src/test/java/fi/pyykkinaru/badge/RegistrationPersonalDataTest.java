package fi.pyykkinaru.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The badge feature forgets its registrants through their registrations, and takes their badges and sheets out of
 * the print queue, as the PDFs carry the names.
 */
@PyykkinaruTest
class RegistrationPersonalDataTest {

    // Unique per test: tests share a database, and each must find only its own person.
    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String name = "Nimikortti Noora " + unique;
    private final String email = "noora." + unique + "@example.fi";

    @Autowired Privacy privacy;
    @Autowired Registrations registrations;
    @Autowired BadgePrinting badges;
    @Autowired PrintQueue queue;
    @Autowired Events events;
    @Autowired RegistrationRepository repository;
    @Autowired JdbcClient jdbc;

    private Event event;
    private Event other;

    @BeforeEach
    void events() {
        event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        other = TestEvents.create(events, ModerationPolicy.PUBLISH);
    }

    private Registration register(Event at, String who, String address) {
        return registrations.register(at, new RegistrationDraft(who, "Nooran Osuuskunta", null, Region.LAPPI,
                List.of("fi", "sv"), address, true), RegistrationSource.STAFF);
    }

    @Test
    void an_erased_registrant_keeps_no_name_and_leaves_no_badge_or_sheet_in_the_print_queue() {
        Registration registrant = register(event, name, email);
        PrintJob badge = badges.registered(registrant, event);
        PrintJob reprint = queue.reprint(badge.id());
        PrintJob sheet = badges.printSheets(List.of(registrant), event, done -> { });
        // A sheet printed before sheets named their event: nothing tells whose names it carries.
        PrintJob legacy = queue.submit(new PrintDocument(PrintKind.BADGE_SHEET, "sheets:" + System.currentTimeMillis(),
                event.name() + " (1)", sheet.media(), queue.document(sheet.id())), false);
        Registration bystander = register(other, "Sivullinen Sisko " + unique, "sisko." + unique + "@example.fi");
        PrintJob bystandersSheet = badges.printSheets(List.of(bystander), other, done -> { });
        List<Match> found = privacy.find(email.toUpperCase());
        assertThat(found).extracting(Match::kind, Match::ref).containsExactly(
                tuple("REGISTRATION", String.valueOf(registrant.requireId())));

        privacy.erase(found);

        assertThat(registrationsNaming(name) + registrationsNaming(email))
                .as("registrations still naming the person").isZero();
        Registration erased = repository.findById(registrant.requireId()).orElseThrow();
        assertThat(erased.name()).isEqualTo("–");
        assertThat(erased.organisation()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.emailConsent()).isFalse();
        assertThat(erased.badgeCode()).as("the badge still counts its feedback once").isEqualTo(registrant.badgeCode());
        assertThat(erased.languageCodes()).containsExactly("fi", "sv");
        assertThat(erased.region()).isEqualTo(Region.LAPPI);
        assertThat(queue.history(PrintKind.BADGE, badge.subject())).as("the badge and its reprint %s", reprint.id())
                .isEmpty();
        assertThat(queue.subjects(PrintKind.BADGE_SHEET)).doesNotContain(sheet.subject(), legacy.subject())
                .contains(bystandersSheet.subject());
        assertThat(privacy.find(name)).isEmpty();
    }

    @Test
    void a_purge_forgets_its_own_events_registrants_badges_and_sheets_only() {
        Registration purged = register(event, name, email);
        Registration kept = repository.findById(register(other, name, email).requireId()).orElseThrow();
        PrintJob purgedBadge = badges.registered(purged, event);
        PrintJob keptBadge = badges.registered(kept, other);
        PrintJob purgedSheet = badges.printSheets(List.of(purged), event, done -> { });
        PrintJob keptSheet = badges.printSheets(List.of(kept), other, done -> { });

        privacy.purge(event.id());

        assertThat(repository.findById(purged.requireId()).orElseThrow().name()).isEqualTo("–");
        assertThat(repository.findById(kept.requireId()).orElseThrow()).isEqualTo(kept);
        assertThat(privacy.find(email)).extracting(Match::ref).containsExactly(String.valueOf(kept.requireId()));
        assertThat(queue.history(PrintKind.BADGE, purgedBadge.subject())).isEmpty();
        assertThat(queue.history(PrintKind.BADGE, keptBadge.subject())).extracting(PrintJob::id)
                .containsExactly(keptBadge.id());
        assertThat(queue.subjects(PrintKind.BADGE_SHEET)).doesNotContain(purgedSheet.subject())
                .contains(keptSheet.subject());
    }

    @Test
    void a_stale_copy_saved_after_the_erasure_fails_instead_of_bringing_the_name_back() {
        Registration stale = register(event, name, email);

        privacy.erase(privacy.find(email));

        assertThatThrownBy(() -> repository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(registrationsNaming(name)).isZero();
    }

    @Test
    void sheets_are_named_by_their_event() {
        Registration registrant = register(event, name, email);

        PrintJob sheet = badges.printSheets(List.of(registrant), event, done -> { });

        assertThat(sheet.subject()).startsWith("sheets:" + event.id() + ":");
    }

    private long registrationsNaming(String value) {
        return jdbc.sql("select count(*) from registration where lower(name || ' ' || coalesce(email, '') || ' ' "
                        + "|| coalesce(organisation, '')) like ?")
                .param("%" + value.toLowerCase() + "%").query(Long.class).single();
    }
}
