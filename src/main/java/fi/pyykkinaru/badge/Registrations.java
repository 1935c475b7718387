package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.storage.StorageHealth;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering visitors and finding them again, by name, organisation or badge code. */
@Service
public class Registrations {

    static final int SEARCH_LIMIT = 50;

    private final RegistrationRepository repository;
    private final Clock clock;

    private final StorageHealth storage;
    private final AuditLog audit;

    Registrations(RegistrationRepository repository, Clock clock, StorageHealth storage, AuditLog audit) {
        this.audit = audit;
        this.storage = storage;
        this.repository = repository;
        this.clock = clock;
    }

    /** Checks and stores the visitor with a fresh badge code; nothing is stored when a check fails. */
    @Transactional
    public Registration register(Event event, RegistrationDraft draft, RegistrationSource source) {
        storage.requireWritable();
        List<RegistrationProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        Registration saved = repository.save(fresh(event, draft, source));
        audit.record("registration.add", "registration " + saved.id() + " (event " + saved.eventId() + ")");
        return saved;
    }

    Registration fresh(Event event, RegistrationDraft draft, RegistrationSource source) {
        String code = BadgeCodes.next();
        while (repository.findByBadgeCode(code).isPresent()) {
            code = BadgeCodes.next();
        }
        return new Registration(null, event.requireId(), code, draft.name(), draft.organisation(),
                draft.organisationType(), draft.region(), String.join(",", draft.languages()),
                draft.emailConsent() ? draft.email() : null, draft.email() != null && draft.emailConsent(), source,
                clock.instant(), 0);
    }

    @Transactional(readOnly = true)
    public Registration get(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No registration " + id));
    }

    /** The registration with this badge code (as scanned or typed), if any. */
    @Transactional(readOnly = true)
    public Optional<Registration> byCode(String scannedOrTyped) {
        return BadgeCodes.read(scannedOrTyped).flatMap(repository::findByBadgeCode);
    }

    /** Up to 50 registrations whose name or organisation contains the text, or whose code it is. */
    @Transactional(readOnly = true)
    public List<Registration> find(Event event, String text) {
        String query = text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + query.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return repository.search(event.requireId(), pattern, BadgeCodes.read(text).orElse(""), SEARCH_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<Registration> all(Event event) {
        return repository.findByEvent(event.requireId());
    }

    @Transactional
    List<Registration> saveAll(List<Registration> registrations) {
        return repository.saveAll(registrations);
    }
}
