package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Organisers make accounts; the person chooses the password through a link that works once. */
@PyykkinaruTest
@WithMockUser(username = "organiser", roles = {"ORGANISER", "STAFF"})
class StaffAccountsTest {

    @Autowired StaffAccounts accounts;
    @Autowired UserAccounts logins;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcClient jdbc;

    @Test
    void a_new_staff_member_chooses_a_password_once_and_can_then_log_in() {
        StaffAccounts.Link link = accounts.invite("  Liisa.K ", false);

        assertThat(link.username()).isEqualTo("liisa.k");
        assertThat(accounts.accounts()).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo("liisa.k");
            assertThat(row.active()).isFalse();
            assertThat(row.organiser()).isFalse();
        });
        assertThat(accounts.find(link.token())).hasValueSatisfying(p -> assertThat(p.newAccount()).isTrue());
        assertProblem(() -> accounts.complete(link.token(), "short", "short"), "setup.problem.short");
        assertProblem(() -> accounts.complete(link.token(), "liisa.k", "liisa.k"), "setup.problem.short");
        assertProblem(() -> accounts.complete(link.token(), "aaaaaaaaaaaa", "aaaaaaaaaaaa"), "setup.problem.weak");
        assertProblem(() -> accounts.complete(link.token(), "x".repeat(129) + "yzw", "x".repeat(129) + "yzw"), "setup.problem.long");
        assertProblem(() -> accounts.complete(link.token(), "pyykkipoika-42", "pyykkipoika-24"), "setup.problem.repeat");
        // The refusals above left the link usable.
        assertThat(accounts.complete(link.token(), "pyykkipoika-42", "pyykkipoika-42")).isEqualTo("liisa.k");

        UserDetails login = logins.loadUserByUsername("liisa.k");
        assertThat(encoder.matches("pyykkipoika-42", login.getPassword())).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertThat(accounts.find(link.token())).isEmpty();
        assertProblem(() -> accounts.complete(link.token(), "toinen-salasana", "toinen-salasana"), "setup.problem.link");
        assertThat(jdbc.sql("select count(*) from setup_link where token_hash = ?").param(link.token()).query(Integer.class)
                .single()).as("only a hash of the secret is stored").isZero();
    }

    @Test
    void a_reviewer_of_the_planning_group_is_a_reviewer_only_and_staff_can_be_made_reviewers() {
        StaffAccounts.Link reviewer = accounts.invite("arvioija.a", false, true);
        accounts.complete(reviewer.token(), "arvioijan-salasana", "arvioijan-salasana");
        StaffAccounts.Link staff = accounts.invite("tiimilainen", false, false);
        accounts.complete(staff.token(), "tiimilaisen-salasana", "tiimilaisen-salasana");
        accounts.invite("jarjestaja.r", true, true);

        assertThat(logins.loadUserByUsername("arvioija.a").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_REVIEWER");
        assertThat(accounts.accounts()).filteredOn(r -> r.username().equals("jarjestaja.r")).singleElement()
                .satisfies(r -> assertThat(r.roles()).containsExactlyInAnyOrder(Role.ORGANISER, Role.STAFF,
                        Role.REVIEWER));

        accounts.setReviewer("tiimilainen", true);
        assertThat(logins.loadUserByUsername("tiimilainen").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_REVIEWER");
        accounts.setReviewer("tiimilainen", false);
        assertThat(logins.loadUserByUsername("tiimilainen").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_STAFF");
        accounts.setReviewer("arvioija.a", false);
        assertThat(logins.loadUserByUsername("arvioija.a").getAuthorities()).as("nobody is left without a role")
                .extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertProblem(() -> accounts.setReviewer("ei-ole", true), "accounts.problem.gone");
    }

    @Test
    void names_are_checked_and_not_given_twice() {
        accounts.invite("pekka", true);

        assertProblem(() -> accounts.invite("PEKKA", false), "accounts.problem.taken");
        assertProblem(() -> accounts.invite("organiser", false), "accounts.problem.taken");
        assertProblem(() -> accounts.invite("Pekka Virtanen", false), "accounts.problem.username");
        assertProblem(() -> accounts.invite("<script>", false), "accounts.problem.username");
        assertProblem(() -> accounts.invite("x", false), "accounts.problem.username");
        assertThat(accounts.accounts()).filteredOn(r -> r.username().equals("pekka")).singleElement()
                .satisfies(r -> assertThat(r.organiser()).isTrue());
    }

    @Test
    void a_forgotten_password_gets_a_new_link_and_the_older_ones_stop_working() {
        StaffAccounts.Link first = accounts.invite("maija", false);
        accounts.complete(first.token(), "ensimmainen-1", "ensimmainen-1");
        StaffAccounts.Link older = accounts.reset("maija");
        StaffAccounts.Link newer = accounts.reset("maija");

        assertThat(accounts.find(older.token())).isEmpty();
        assertThat(accounts.find(newer.token())).hasValueSatisfying(p -> assertThat(p.newAccount()).isFalse());
        accounts.complete(newer.token(), "toinen-salasana-2", "toinen-salasana-2");

        assertThat(encoder.matches("toinen-salasana-2", logins.loadUserByUsername("maija").getPassword())).isTrue();
        assertThat(accounts.accounts()).filteredOn(r -> r.username().equals("maija")).singleElement()
                .satisfies(r -> assertThat(r.active()).isTrue());
    }

    @Test
    void an_expired_or_made_up_link_does_nothing() throws Exception {
        StaffAccounts.Link link = accounts.invite("ville", false);
        jdbc.sql("update setup_link set expires_at = ? where token_hash = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), sha256(link.token())).update();

        assertThat(accounts.find(link.token())).isEmpty();
        assertProblem(() -> accounts.complete(link.token(), "vanhentunut-1", "vanhentunut-1"), "setup.problem.link");
        for (String madeUp : new String[] {"", "x", "../../etc/passwd", "' or 1=1 --", "A".repeat(40), "ä".repeat(30)}) {
            assertThat(accounts.find(madeUp)).as(madeUp).isEmpty();
        }
        assertThat(accounts.accounts()).noneMatch(r -> r.username().equals("ville"));
    }

    @Test
    void nobody_removes_themselves_or_the_last_organiser() {
        StaffAccounts.Link deputy = accounts.invite("varajarjestaja", true);
        accounts.complete(deputy.token(), "varalla-ollaan-1", "varalla-ollaan-1");
        StaffAccounts.Link helper = accounts.invite("apulainen", false);

        assertProblem(() -> accounts.remove("organiser", "organiser"), "accounts.problem.self");
        accounts.remove("apulainen", "organiser");
        assertThat(accounts.find(helper.token())).as("a removed invitation's link").isEmpty();
        // Every other organiser goes; the last one stays.
        accounts.accounts().stream().filter(r -> r.active() && r.organiser() && !r.username().equals("organiser"))
                .forEach(r -> accounts.remove(r.username(), "organiser"));
        assertProblem(() -> accounts.remove("organiser", "someone-else"), "accounts.problem.last-organiser");
        assertThat(accounts.accounts()).extracting(StaffAccounts.Row::username).contains("organiser")
                .doesNotContain("apulainen", "varajarjestaja");
    }

    private static void assertProblem(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.key()).isEqualTo(key));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
