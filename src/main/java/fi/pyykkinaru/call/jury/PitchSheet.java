package fi.pyykkinaru.call.jury;

import fi.pyykkinaru.call.JuryScoreDraft;
import fi.pyykkinaru.call.Proposal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One pitch on a jury member's page with its scoring form: what the member typed (or saved before), what is wrong
 * with it, whether it was just saved, and whether the member has scored it at all.
 */
record PitchSheet(Proposal pitch, JuryScoreDraft typed, Map<String, String> problems, boolean justSaved,
        boolean scored) {

    long id() {
        return pitch.requireId();
    }

    String title() {
        return Objects.requireNonNullElse(pitch.title(), "");
    }

    /** "Maija Meikäläinen · Yhdistys ry", or whichever of the two is known. */
    String pitcher() {
        String name = Objects.requireNonNullElse(pitch.responsibleName(), "");
        String organisation = Objects.requireNonNullElse(pitch.responsibleOrganisation(), "");
        return name.isEmpty() || organisation.isEmpty() ? name + organisation : name + " · " + organisation;
    }

    String anchor() {
        return "pitch-" + id();
    }

    /** The form field of a criterion's score, unique on the page that holds every pitch. */
    String scoreField(String criterion) {
        return "s-" + id() + "-" + criterion;
    }

    String commentField() {
        return "c-" + id();
    }

    @Nullable String problem(String field) {
        return problems.get(field);
    }

    boolean checked(String criterion, int score) {
        return typed.score(criterion).strip().equals(String.valueOf(score));
    }
}
