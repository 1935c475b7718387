package fi.pyykkinaru.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.event.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails the build when a UI text is missing from any of the kiosk's languages. */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\(|text\\.(?:apply|get)\\(|(?:ImportProblem|FieldProblem)\\.of\\(\\s*[\\w.]+,)\\s*\"([a-zA-Z0-9._-]+)\"");
    private static final Pattern PREFIX_KEY = Pattern.compile("(?:getTranslation|text\\.(?:apply|get))\\(\\s*\"([a-zA-Z0-9._-]+\\.)\"\\s*\\+");

    private final Translations translations = new Translations();

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Translations.bundle(locale).keySet());
    }

    @Test
    void every_language_has_the_same_keys() {
        Set<String> finnish = keys(Translations.FINNISH);
        for (Locale locale : Translations.LOCALES) {
            assertThat(keys(locale)).as("keys in %s", locale).containsExactlyInAnyOrderElementsOf(finnish);
        }
    }

    @Test
    void every_key_the_code_asks_for_exists_in_every_language() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        // The Java sources and the phone pages' templates (text.get("…")).
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".jte")).toList()) {
                String code = Files.readString(source);
                collect(LITERAL_KEY.matcher(code), used);
                collect(PREFIX_KEY.matcher(code), prefixes);
            }
        }
        used.removeAll(prefixes);
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(50)
                .as("keys found in the templates").contains("storage.phone.again", "feedback.change");
        for (Locale locale : Translations.LOCALES) {
            assertThat(keys(locale)).as("keys in %s", locale).containsAll(used);
        }
    }

    @Test
    void keys_made_from_enums_exist() {
        Set<String> enumKeys = Stream.of(Arrays.stream(Region.values()).map(Region::labelKey),
                Arrays.stream(SlipStatus.values()).map(s -> "slip.status." + s.name()),
                Arrays.stream(fi.pyykkinaru.session.Score.values()).map(fi.pyykkinaru.session.Score::labelKey),
                Arrays.stream(fi.pyykkinaru.event.OrganisationType.values()).map(t -> "organisation-type." + t.name()),
                Arrays.stream(fi.pyykkinaru.session.Attendance.values()).map(a -> "attendance." + a.name()),
                Arrays.stream(fi.pyykkinaru.session.SessionOrigin.values()).map(o -> "origin." + o.name()),
                Arrays.stream(fi.pyykkinaru.session.Channel.values()).map(c -> "channel." + c.name()))
                .flatMap(s -> s).collect(Collectors.toSet());
        for (Locale locale : Translations.LOCALES) {
            assertThat(keys(locale)).containsAll(enumKeys);
        }
    }

    @Test
    void texts_with_parameters_format_in_every_language() {
        Map<String, Object[]> samples = Map.of("wall.count", new Object[] {12}, "slip.error.too-long",
                new Object[] {120, 135}, "wall.add.to", new Object[] {"Naru"}, "moderation.title",
                new Object[] {"Tapahtuma"}, "wall.page", new Object[] {2});
        for (Locale locale : Translations.LOCALES) {
            samples.forEach((key, args) -> {
                String text = translations.getTranslation(key, locale, args);
                assertThat(text).as("%s in %s", key, locale).doesNotContain("{", "!" + key);
                assertThat(new MessageFormat(Translations.bundle(locale).getString(key), locale).format(args))
                        .isEqualTo(text);
            });
        }
    }

    @Test
    void the_count_of_slips_reads_naturally() {
        assertThat(translations.getTranslation("wall.count", Translations.FINNISH, 0)).isEqualTo("Ei vielä lappuja");
        assertThat(translations.getTranslation("wall.count", Translations.FINNISH, 1)).isEqualTo("1 lappu");
        assertThat(translations.getTranslation("wall.count", Translations.SWEDISH, 2)).isEqualTo("2 lappar");
        assertThat(translations.getTranslation("wall.count", Translations.ENGLISH, 2000)).isEqualTo("2,000 slips");
    }

    @Test
    void finnish_is_the_default_and_an_unknown_language_falls_back_to_it() {
        assertThat(translations.getProvidedLocales().getFirst()).isEqualTo(Translations.FINNISH);
        assertThat(translations.getTranslation("write.peg", Locale.GERMAN)).isEqualTo("Ripusta narulle");
        assertThat(translations.getTranslation("write.peg", Locale.of("sv", "FI"))).isEqualTo("Häng upp på linan");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
