package fi.pyykkinaru.badge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeCodesTest {

    private static final String SECRET = "23456789ABCDEFGHJKMNPQRSTU";

    @Test
    void a_scanned_badge_gives_its_code_and_its_voting_secret() {
        String scanned = BadgeCodes.payload("ABCDEFGHJK", SECRET);

        assertThat(scanned).isEqualTo("PYK-ABCDEFGHJK." + SECRET);
        assertThat(BadgeCodes.read(scanned)).hasValue("ABCDEFGHJK");
        assertThat(BadgeCodes.votingSecret(scanned)).hasValue(SECRET);
        assertThat(BadgeCodes.votingSecret(" " + scanned.toLowerCase() + "\n")).hasValue(SECRET);
    }

    @Test
    void a_typed_code_or_a_badge_from_before_secrets_finds_the_registration_but_has_no_secret() {
        assertThat(BadgeCodes.read("abcde-fghjk")).hasValue("ABCDEFGHJK");
        assertThat(BadgeCodes.votingSecret("abcde-fghjk")).isEmpty();
        assertThat(BadgeCodes.read("PYK-ABCDEFGHJK")).hasValue("ABCDEFGHJK");
        assertThat(BadgeCodes.votingSecret("PYK-ABCDEFGHJK")).isEmpty();
    }

    @Test
    void a_secret_of_the_wrong_length_or_letters_is_no_secret() {
        assertThat(BadgeCodes.votingSecret("PYK-ABCDEFGHJK.SHORT")).isEmpty();
        assertThat(BadgeCodes.votingSecret("PYK-ABCDEFGHJK." + SECRET.replace('2', '0'))).isEmpty();
        assertThat(BadgeCodes.votingSecret("PYK-ABCDEFGHJ." + SECRET)).isEmpty();
    }

    @Test
    void a_server_prints_the_same_secret_on_a_badge_twice_and_another_run_prints_another() {
        BadgeSecrets run = new BadgeSecrets();
        BadgeSecrets nextRun = new BadgeSecrets();

        String secret = run.of("ABCDEFGHJK");

        assertThat(run.of("ABCDEFGHJK")).isEqualTo(secret);
        assertThat(run.of("ABCDEFGHJM")).isNotEqualTo(secret);
        assertThat(nextRun.of("ABCDEFGHJK")).isNotEqualTo(secret);
        assertThat(BadgeCodes.votingSecret(BadgeCodes.payload("ABCDEFGHJK", secret))).hasValue(secret);
    }
}
