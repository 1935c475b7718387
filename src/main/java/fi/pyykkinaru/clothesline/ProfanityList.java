package fi.pyykkinaru.clothesline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The LDNOOBW lists (fi, sv, en) from the naughty-words package, less {@code exceptions.txt}: the everyday words
 * of one language that another language's list holds. Whole words and phrases match, case and punctuation
 * aside, so "Hittolainen" does not hold a slip while "HITTO!" does.
 */
@Component
class ProfanityList {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final List<String> entries;

    ProfanityList() {
        var exceptions = load("exceptions").map(ProfanityList::normalise).collect(java.util.stream.Collectors.toSet());
        this.entries = LANGUAGES.stream().map(l -> "profanity-" + l).flatMap(ProfanityList::load)
                .map(ProfanityList::normalise).filter(e -> !e.isBlank() && !exceptions.contains(e)).distinct()
                .map(e -> " " + e + " ").toList();
    }

    boolean matches(String... texts) {
        String haystack = " " + normalise(String.join(" ", Stream.of(texts).filter(Objects::nonNull).toList())) + " ";
        return entries.stream().anyMatch(haystack::contains);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Stream<String> load(String name) {
        var resource = new ClassPathResource("moderation/" + name + ".txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Moderation list " + name + " is missing", e);
        }
    }
}
