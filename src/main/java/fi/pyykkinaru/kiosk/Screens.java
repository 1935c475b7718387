package fi.pyykkinaru.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stand screens this server has seen, and their pairing with stands. */
@Service
public class Screens {

    /** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read off a screen across a stand is typed right the first time. */
    private static final String CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final int CODE_LENGTH = 6;
    /** A screen's last contact is written at most this often, so that screens do not write on every click. */
    private static final Duration CONTACT_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScreenRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Screens(ScreenRepository repository, Clock clock, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** A new secret for a screen's cookie. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The screen with this cookie secret, seen now; a secret not seen before becomes a new, unpaired screen. */
    @Transactional
    public Screen recognise(String token, @Nullable String language) {
        Instant now = clock.instant();
        Optional<Screen> known = repository.findByTokenHash(hash(token));
        if (known.isPresent()) {
            Screen screen = known.get();
            boolean stale = screen.lastContact().plus(CONTACT_RESOLUTION).isBefore(now);
            return stale || (language != null && !language.equals(screen.language()))
                    ? repository.save(screen.seen(now, language)) : screen;
        }
        return repository.save(new Screen(null, hash(token), freeCode(), null, language, now, now, null, null, 0));
    }

    /**
     * The screen with this cookie secret, seen now; empty when it was never recorded. A browser that only ever
     * showed a stand without pairing (or a phone opening a receipt's slip page) leaves no screen behind.
     */
    @Transactional
    public Optional<Screen> known(String token, @Nullable String language) {
        return repository.findByTokenHash(hash(token)).map(screen -> recognise(token, language));
    }

    @Transactional(readOnly = true)
    public Optional<Screen> find(long screenId) {
        return repository.findById(screenId);
    }

    /** Pairs the screen showing this code with the stand; empty when no screen shows it. */
    @Transactional
    public Optional<Screen> pair(String code, long standId, String by) {
        return repository.findByPairingCode(normalise(code))
                .map(screen -> paired(repository.save(screen.pairedWith(standId, by, clock.instant()))));
    }

    /** Pairs the screen straight away, as the launcher's {@code ?stand=} asks on an unattended start-up. */
    @Transactional
    public Screen pairDirectly(Screen screen, long standId, String by) {
        return paired(repository.save(screen.pairedWith(standId, by, clock.instant())));
    }

    /** The screen goes back to showing a (new) pairing code. */
    @Transactional
    public void revoke(long screenId) {
        repository.findById(screenId).ifPresent(s -> paired(repository.save(s.unpaired(freeCode()))));
    }

    private Screen paired(Screen screen) {
        publisher.publishEvent(new ScreenPaired(screen.requireId(), screen.standId()));
        return screen;
    }

    @Transactional(readOnly = true)
    public List<Screen> all() {
        return repository.findAllByOrderByLastContactDesc();
    }

    @Transactional(readOnly = true)
    public List<Screen> of(long standId) {
        return repository.findByStandId(standId);
    }

    /** What staff type is read leniently: lower case, spaces and dashes are forgiven. */
    public static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private String freeCode() {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            if (repository.findByPairingCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
