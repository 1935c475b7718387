package fi.pyykkinaru.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A stand started without an initial password and without accounts prints a one-time link, never a password;
 * the first organiser chooses a password through it.
 */
@SpringBootTest(properties = {
        "pyykkinaru.data-dir=target/test-data/${random.uuid}",
        "pyykkinaru.backup.dir=target/test-backups/${random.uuid}",
        "pyykkinaru.security.initial-organiser-password=",
        "pyykkinaru.public-base-url=http://10.0.0.5:8080"
})
@ExtendWith(OutputCaptureExtension.class)
// An IT, in failsafe's JVM: a second application context among the Browserless view tests (surefire) leaves
// their Vaadin security checks sending organisers to the login page. Closed afterwards to free its resources.
@DirtiesContext
class FirstStartLinkIT {

    @Autowired StaffAccounts accounts;
    @Autowired UserAccounts logins;
    @Autowired UserAccountRepository repository;

    @Test
    void the_first_start_prints_a_setup_link_and_makes_no_account(CapturedOutput startLog) {
        Matcher printed = Pattern.compile("http://10\\.0\\.0\\.5:8080/setup/([A-Za-z0-9_-]{20,})").matcher(startLog.getAll());

        assertThat(printed.find()).as("a setup link in the start-up log").isTrue();
        assertThat(repository.count()).isZero();
        String token = printed.group(1);
        assertThat(accounts.find(token)).hasValueSatisfying(p -> assertThat(p.username()).isEqualTo("organiser"));
        accounts.complete(token, "ensimmainen-jarjestaja", "ensimmainen-jarjestaja");
        assertThat(logins.loadUserByUsername("organiser").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ORGANISER", "ROLE_STAFF");
        assertThat(accounts.firstOrganiserLink()).as("no more links once an account exists").isEmpty();
    }
}
