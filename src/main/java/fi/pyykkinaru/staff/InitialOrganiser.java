package fi.pyykkinaru.staff;

import java.util.EnumSet;
import fi.pyykkinaru.kiosk.PublicAddress;
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
 * With no accounts at all, the first organiser ({@code organiser}, roles ORGANISER and STAFF) is made: with the
 * password in {@code pyykkinaru.security.initial-organiser-password} when one is set, otherwise through a
 * one-time setup link printed to the log, with which the organiser chooses the password. Each start without
 * accounts prints a new link and the older ones stop working. There is never a built-in default.
 */
@Component
@Order(0)
class InitialOrganiser implements ApplicationRunner {

    static final String USERNAME = "organiser";
    private static final Logger log = LoggerFactory.getLogger(InitialOrganiser.class);

    private final UserAccountRepository repository;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final PublicAddress address;

    InitialOrganiser(UserAccountRepository repository, StaffAccounts accounts, PasswordEncoder encoder,
            @Value("${pyykkinaru.security.initial-organiser-password:}") String configuredPassword, PublicAddress address) {
        this.repository = repository;
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.address = address;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            repository.save(UserAccount.create(USERNAME, encoder.encode(configuredPassword),
                    EnumSet.of(Role.ORGANISER, Role.STAFF)));
            log.info("First start: created the account '{}' with the configured password", USERNAME);
            return;
        }
        accounts.firstOrganiserLink().ifPresent(link -> log.warn("""

                ============================================================
                No staff accounts yet. The first organiser ('{}') chooses a
                password by opening this one-time link (valid 48 hours):
                    {}/{}
                ============================================================""", USERNAME, address.base(), link.path()));
    }
}
