package fi.pyykkinaru.staff;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With no accounts at all, creates {@code organiser} (roles ORGANISER and STAFF). Its password comes from
 * {@code pyykkinaru.security.initial-organiser-password}; without one, a random password is printed to the
 * log once. There is never a built-in default.
 */
@Component
@Order(0)
class InitialOrganiser implements ApplicationRunner {

    static final String USERNAME = "organiser";
    private static final Logger log = LoggerFactory.getLogger(InitialOrganiser.class);
    // No 0/O or 1/l/I: the password is read off a screen and typed on a touch keyboard.
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final UserAccountRepository repository;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    InitialOrganiser(UserAccountRepository repository, PasswordEncoder encoder,
            @Value("${pyykkinaru.security.initial-organiser-password:}") String configuredPassword) {
        this.repository = repository;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        repository.save(UserAccount.create(USERNAME, encoder.encode(password), EnumSet.of(Role.ORGANISER, Role.STAFF)));
        if (generated) {
            log.warn("""

                    ============================================================
                    First start: created the account '{}' with the password
                        {}
                    It is shown only this once. Log in at /login.
                    ============================================================""", USERNAME, password);
        } else {
            log.info("First start: created the account '{}' with the configured password", USERNAME);
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
