package fi.pyykkinaru.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.event.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
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

    /** The keys a plain-language bundle itself holds, without those of its parent (its standard language). */
    private static Set<String> ownKeys(Locale plain) throws IOException {
        String file = "/" + Translations.BUNDLE.replace('.', '/') + "_" + plain + ".properties";
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(file)) {
            assertThat(in).as("bundle %s", file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    @Test
    void a_plain_bundle_rewrites_only_keys_its_language_has() throws IOException {
        for (Locale plain : Translations.PLAIN_LOCALES) {
            Locale standard = Translations.supported(plain);
            Set<String> own = ownKeys(plain);
            assertThat(own).as("texts rewritten in %s", plain.toLanguageTag()).isNotEmpty();
            assertThat(keys(standard)).as("keys of %s that %s rewrites", standard, plain.toLanguageTag())
                    .containsAll(own);
            // The parent chain gives a plain variant every text of its language.
            assertThat(keys(plain)).as("keys in %s", plain.toLanguageTag()).isEqualTo(keys(standard));
        }
    }

    @Test
    void a_plain_text_takes_the_parameters_of_its_standard_text() throws IOException {
        for (Locale plain : Translations.PLAIN_LOCALES) {
            ResourceBundle standard = Translations.bundle(Translations.supported(plain));
            ResourceBundle rewritten = Translations.bundle(plain);
            for (String key : ownKeys(plain)) {
                String original = standard.getString(key);
                String text = rewritten.getString(key);
                assertThat(text).as("%s in %s", key, plain.toLanguageTag()).isNotBlank().isNotEqualTo(original);
                if (!original.contains("{")) {
                    // Shown as written, never through MessageFormat: a brace would show as it is.
                    assertThat(text).as("%s in %s", key, plain.toLanguageTag()).doesNotContain("{");
                    continue;
                }
                Object[] args = {3, 7, 2, 1};
                String formatted = new MessageFormat(text, plain).format(args);
                assertThat(formatted).as("%s in %s", key, plain.toLanguageTag()).doesNotContain("{", "}");
                // Every number the plain text shows is one the standard text shows: nothing is made up or mixed up.
                assertThat(new MessageFormat(text, plain).getFormatsByArgumentIndex().length)
                        .as("arguments of %s in %s", key, plain.toLanguageTag())
                        .isLessThanOrEqualTo(new MessageFormat(original, plain).getFormatsByArgumentIndex().length);
                // An apostrophe in a MessageFormat pattern quotes text and vanishes unless doubled.
                assertThat(text.replace("''", "")).as("%s in %s", key, plain.toLanguageTag()).doesNotContain("'");
            }
        }
    }

    @Test
    void plain_finnish_rewrites_what_it_has_and_falls_back_to_finnish_for_the_rest() {
        assertThat(translations.getTranslation("wall.start", Translations.PLAIN_FINNISH))
                .isEqualTo("Kerro hyvästä käytännöstä")
                .isNotEqualTo(translations.getTranslation("wall.start", Translations.FINNISH));
        assertThat(translations.getTranslation("write.peg", Translations.PLAIN_FINNISH)).isEqualTo("Ripusta narulle");
        assertThat(translations.getTranslation("wall.count", Translations.PLAIN_FINNISH, 2)).isEqualTo("2 lappua");
        assertThat(translations.getTranslation("slip.error.too-long", Translations.PLAIN_FINNISH, 120, 135))
                .isEqualTo("Teksti on liian pitkä. Siinä on 135 merkkiä. Tähän mahtuu 120 merkkiä. Lyhennä tekstiä vähän.");
        assertThat(translations.getTranslation("wall.ended", Translations.PLAIN_SWEDISH))
                .startsWith("Evenemanget är slut. Du kan läsa lapparna.");
        assertThat(translations.getTranslation("write.peg", Translations.PLAIN_SWEDISH)).isEqualTo("Häng upp på linan");
        assertThat(translations.getTranslation("wall.ended", Translations.PLAIN_ENGLISH)).startsWith("This event is over.");
        // The tag a browser or a link would carry means the same variant.
        assertThat(translations.getTranslation("wall.start", Locale.forLanguageTag("fi-selko")))
                .isEqualTo("Kerro hyvästä käytännöstä");
    }

    @Test
    void a_plain_variant_is_its_language_everywhere_else() {
        assertThat(Translations.PLAIN_FINNISH.toLanguageTag()).isEqualTo("fi-selko");
        assertThat(Translations.supported(Translations.PLAIN_FINNISH)).isEqualTo(Translations.FINNISH);
        assertThat(Translations.resolved(Translations.PLAIN_SWEDISH)).isEqualTo(Translations.PLAIN_SWEDISH);
        assertThat(Translations.resolved(Locale.of("fi", "FI"))).isEqualTo(Translations.FINNISH);
        assertThat(Translations.resolved(Locale.of("de", "", "selko"))).isEqualTo(Translations.FINNISH);
        assertThat(Translations.plainVariant(Translations.ENGLISH)).contains(Translations.PLAIN_ENGLISH);
        assertThat(Translations.isPlain(Translations.PLAIN_ENGLISH)).isTrue();
        assertThat(Translations.isPlain(Translations.ENGLISH)).isFalse();
        assertThat(new fi.pyykkinaru.i18n.LocalizedText("Naru", "Lina", "Line").in(Translations.PLAIN_SWEDISH))
                .isEqualTo("Lina");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
