package fi.pyykkinaru.clothesline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.Privacy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clothesline forgets the people on its slips through the slips themselves; the slips' texts stay. */
@PyykkinaruTest
class SlipPersonalDataTest {

    // Unique per test: tests share a database, and each must find only its own person.
    private final String unique = Long.toString(System.nanoTime(), 36);
    private final String reporter = "Pyykki Pirjo " + unique;
    private final String reporterEmail = "pirjo." + unique + "@example.fi";
    private final String ownerContact = "Kylätalo, 050 " + unique;

    @Autowired Privacy privacy;
    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired Events events;
    @Autowired SlipRepository repository;
    @Autowired JdbcClient jdbc;

    private Slip peg(Line line) {
        return slips.peg(line.requireId(), new SlipDraft("Kylätalon kirpputori " + unique, "Tavarat kiertävät.",
                "Kylätalo ry", Ownership.OTHER, Region.LAPPI, Set.of("ikaantyneet"), ownerContact, reporter,
                reporterEmail, true), "Halli A");
    }

    private Line line() {
        return TestEvents.practiceLine(lines, TestEvents.create(events, ModerationPolicy.PUBLISH));
    }

    @Test
    void an_erased_person_leaves_no_trace_on_the_slips_but_the_slips_stay_whole() {
        Slip slip = peg(line());
        List<Match> found = privacy.find(reporterEmail);
        assertThat(found).extracting(Match::kind, Match::ref).containsExactly(tuple("SLIP", String.valueOf(slip.requireId())));

        privacy.erase(found);

        assertThat(slipsNaming(reporter) + slipsNaming(reporterEmail) + slipsNaming(unique.toLowerCase()))
                .as("slips still naming or reaching the person").isZero();
        Slip erased = repository.findById(slip.requireId()).orElseThrow();
        assertThat(erased.consent()).isFalse();
        assertThat(erased.title()).isEqualTo(slip.title());
        assertThat(erased.themes()).containsExactly(new SlipTheme("ikaantyneet"));
        assertThat(privacy.find(reporter)).isEmpty();
    }

    @Test
    void a_purge_takes_the_personal_data_of_its_own_events_slips_only() {
        Slip purged = peg(line());
        Slip other = repository.findById(peg(line()).requireId()).orElseThrow();

        privacy.purge(purged.eventId());

        Slip after = repository.findById(purged.requireId()).orElseThrow();
        assertThat(after.reporterName()).isNull();
        assertThat(after.reporterEmail()).isNull();
        assertThat(after.ownerContact()).isNull();
        assertThat(after.themes()).as("the slip's own data stays").containsExactly(new SlipTheme("ikaantyneet"));
        assertThat(repository.findById(other.requireId()).orElseThrow()).isEqualTo(other);
        assertThat(privacy.find(reporterEmail)).extracting(Match::ref).containsExactly(String.valueOf(other.requireId()));
    }

    @Test
    void a_stale_copy_saved_after_the_erasure_fails_instead_of_bringing_the_name_back() {
        Slip slip = peg(line());
        Slip stale = repository.findById(slip.requireId()).orElseThrow();

        privacy.erase(privacy.find(reporterEmail));

        assertThatThrownBy(() -> repository.save(stale.withStatus(SlipStatus.HIDDEN)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(slipsNaming(reporterEmail)).isZero();
    }

    private long slipsNaming(String value) {
        return jdbc.sql("select count(*) from slip where lower(coalesce(owner_contact, '') || ' ' "
                        + "|| coalesce(reporter_name, '') || ' ' || coalesce(reporter_email, '')) like ?")
                .param("%" + value.toLowerCase() + "%").query(Long.class).single();
    }
}
