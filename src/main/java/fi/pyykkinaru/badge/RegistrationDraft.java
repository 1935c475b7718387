package fi.pyykkinaru.badge;

import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the registration form holds, before it is checked. Blank text counts as not given. */
public record RegistrationDraft(String name, @Nullable String organisation, @Nullable OrganisationType organisationType,
        @Nullable Region region, List<String> languages, @Nullable String email, boolean emailConsent) {

    public static final int NAME_MAX = 120;
    public static final int ORGANISATION_MAX = 200;
    public static final int EMAIL_MAX = 254;
    static final Set<String> LANGUAGE_CODES = Set.of("fi", "sv", "en", "se", "ru", "et", "de", "fr", "es", "ar", "so");

    public RegistrationDraft {
        name = name == null ? "" : name.strip();
        organisation = blankToNull(organisation);
        email = blankToNull(email);
        languages = languages == null ? List.of() : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty()).distinct().toList();
    }

    public List<RegistrationProblem> problems() {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(RegistrationProblem.of(RegistrationField.NAME, "register.error.required"));
        }
        text(problems, RegistrationField.NAME, name, NAME_MAX);
        text(problems, RegistrationField.ORGANISATION, organisation, ORGANISATION_MAX);
        text(problems, RegistrationField.EMAIL, email, EMAIL_MAX);
        if (email != null && !PlainText.isPlausibleEmail(email)
                && problems.stream().noneMatch(p -> p.field() == RegistrationField.EMAIL)) {
            problems.add(RegistrationProblem.of(RegistrationField.EMAIL, "register.error.email"));
        }
        if (email != null && !emailConsent) {
            problems.add(RegistrationProblem.of(RegistrationField.CONSENT, "register.error.consent"));
        }
        if (!LANGUAGE_CODES.containsAll(languages)) {
            problems.add(RegistrationProblem.of(RegistrationField.LANGUAGES, "register.error.language"));
        }
        return List.copyOf(problems);
    }

    private static void text(List<RegistrationProblem> problems, RegistrationField field, @Nullable String value, int max) {
        if (value == null) {
            return;
        }
        int length = PlainText.length(value);
        if (length > max) {
            problems.add(RegistrationProblem.of(field, "register.error.too-long", max, length));
        } else if (PlainText.hasControlCharacters(value, false)) {
            problems.add(RegistrationProblem.of(field, "register.error.control"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
