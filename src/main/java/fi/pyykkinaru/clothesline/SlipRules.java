package fi.pyykkinaru.clothesline;

import static fi.pyykkinaru.clothesline.SlipField.*;

import java.util.ArrayList;
import java.util.List;
import fi.pyykkinaru.text.PlainText;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a slip must satisfy before it is pegged. Lengths count characters as a visitor sees them (an emoji is
 * one), control characters are refused (a line break is allowed in the description), and markup is kept as
 * plain text: the wall always shows it as text.
 */
public final class SlipRules {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 600;
    public static final int ORGANISATION_MAX = 200;
    public static final int OWNER_CONTACT_MAX = 200;
    public static final int REPORTER_NAME_MAX = 120;
    public static final int REPORTER_EMAIL_MAX = 254;

    private SlipRules() {
    }

    public static List<FieldProblem> check(SlipDraft draft, LineKind kind, Set<String> eventThemes) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, TITLE, draft.title(), TITLE_MAX, true, false);
        text(problems, BODY, draft.body(), BODY_MAX, kind == LineKind.PRACTICE, true);
        if (kind == LineKind.PRACTICE) {
            text(problems, ORGANISATION, draft.organisation(), ORGANISATION_MAX, false, false);
            if (draft.ownership() == null) {
                problems.add(FieldProblem.of(OWNERSHIP, "slip.error.choose"));
            }
            themes(problems, draft, eventThemes);
            text(problems, OWNER_CONTACT, draft.ownerContact(), OWNER_CONTACT_MAX, false, false);
            text(problems, REPORTER_NAME, draft.reporterName(), REPORTER_NAME_MAX, false, false);
            text(problems, REPORTER_EMAIL, draft.reporterEmail(), REPORTER_EMAIL_MAX, false, false);
            if (draft.reporterEmail() != null && !PlainText.isPlausibleEmail(draft.reporterEmail())
                    && problems.stream().noneMatch(p -> p.field() == REPORTER_EMAIL)) {
                problems.add(FieldProblem.of(REPORTER_EMAIL, "slip.error.email"));
            }
            if ((draft.reporterName() != null || draft.reporterEmail() != null) && !draft.consent()) {
                problems.add(FieldProblem.of(CONSENT, "slip.error.consent"));
            }
        } else {
            themes(problems, draft, eventThemes);
        }
        return List.copyOf(problems);
    }

    /** A practice and a themed question are tagged from the event's list only. */
    private static void themes(List<FieldProblem> problems, SlipDraft draft, Set<String> eventThemes) {
        if (!eventThemes.containsAll(draft.themes())) {
            problems.add(FieldProblem.of(THEMES, "slip.error.theme"));
        }
    }

    private static void text(List<FieldProblem> problems, SlipField field, @Nullable String value, int max,
            boolean required, boolean multiline) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "slip.error.required"));
            }
            return;
        }
        int length = PlainText.length(value);
        if (length > max) {
            problems.add(FieldProblem.of(field, "slip.error.too-long", max, length));
        } else if (PlainText.hasControlCharacters(value, multiline)) {
            problems.add(FieldProblem.of(field, "slip.error.control"));
        }
    }
}
