package fi.pyykkinaru.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.badge.RegistrationSource;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.OrganisationType;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.harvest.ReportStatus;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.staff.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule for anything a person reads (a file, a letter, a log line, a screen): no text key in place of its
 * words, no missing-translation marker, no enum constant's name, no Spring Security's "anonymousUser" and no
 * UTC instant with its Z.
 */
public final class PeoplesWords {

    private static final Pattern KEY_LIKE = Pattern.compile("!?\\b[a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final Set<String> KEYS = new TreeSet<>(Translations.bundle(Translations.FINNISH).keySet());
    // The codes that keys are made of ("slip.published" of audit.action.slip.published) are as raw as the keys.
    private static final Set<String> KEY_TAILS = KEYS.stream()
            .flatMap(key -> Stream.iterate(key.indexOf('.'), i -> i >= 0, i -> key.indexOf('.', i + 1)).map(i -> key.substring(i + 1)))
            .filter(tail -> tail.contains(".")).collect(Collectors.toCollection(TreeSet::new));
    private static final Set<String> ENUM_NAMES = Stream.of(Region.values(), SlipStatus.values(), OrganisationType.values(),
                    ReportStatus.values(), Ownership.values(), Channel.values(), Attendance.values(),
                    RegistrationSource.values(), Role.values(), SessionOrigin.values(), LineKind.values(),
                    ModerationPolicy.values(), PrintState.values())
            .flatMap(Arrays::stream).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));

    private PeoplesWords() {
    }

    /** What in {@code text} a person should not have to read, each with why. */
    public static List<String> problems(String text) {
        List<String> found = new ArrayList<>();
        Matcher keys = KEY_LIKE.matcher(text);
        while (keys.find()) {
            String token = keys.group();
            if (token.startsWith("!")) {
                found.add("missing translation " + token);
            } else if (KEYS.contains(token) || KEY_TAILS.contains(token)) {
                found.add("text key " + token);
            }
        }
        Matcher capitals = CAPITALS.matcher(text);
        while (capitals.find()) {
            if (ENUM_NAMES.contains(capitals.group())) {
                found.add("enum constant " + capitals.group());
            }
        }
        if (text.contains("anonymousUser")) {
            found.add("anonymousUser");
        }
        Matcher instants = INSTANT.matcher(text);
        while (instants.find()) {
            found.add("UTC instant " + instants.group());
        }
        return found;
    }

    /** Fails with every problem found, naming where the text came from. */
    public static void assertReadable(String where, String text) {
        assertThat(problems(text)).as("what a person reads in %s:%n%s", where, text).isEmpty();
    }
}
