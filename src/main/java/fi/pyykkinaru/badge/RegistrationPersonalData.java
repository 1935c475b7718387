package fi.pyykkinaru.badge;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrants' personal data: name, organisation, e-mail and its consent, and the badges and sheets in the
 * print queue, whose PDFs carry the names.
 */
@Component
class RegistrationPersonalData implements PersonalData {

    private final RegistrationRepository registrations;
    private final BadgePrinting badges;

    RegistrationPersonalData(RegistrationRepository registrations, BadgePrinting badges) {
        this.registrations = registrations;
        this.badges = badges;
    }

    @Override
    public String kind() {
        return "REGISTRATION";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Registration> holding = registrations.findWithPersonalData(eventId);
        holding.forEach(registration -> registrations.save(registration.withoutPersonalData()));
        // Every badge of the event goes, not only the named ones': a purged event leaves no badge PDF behind.
        badges.forget(registrations.findByEvent(eventId), eventId);
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return registrations.findWithPersonalData(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        return registrations.findNaming(PersonalData.contains(needle)).stream()
                .map(registration -> new Match(kind(), registration.requireId(), registration.name())).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        registrations.findById(Long.parseLong(ref)).ifPresent(registration -> {
            registrations.save(registration.withoutPersonalData());
            badges.forget(List.of(registration), registration.eventId());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return registrations.findById(Long.parseLong(ref)).map(r -> PersonalData.fields("name", r.name(),
                "organisation", r.organisation(), "organisation_type", r.organisationType(), "region", r.region(),
                "languages", r.languageCodes(), "email", r.email(), "consent_to_email", r.emailConsent(),
                "badge_code", r.badgeCode(), "registered_at", r.registeredAt(), "registered_by", r.source()))
                .orElse(Map.of());
    }
}
