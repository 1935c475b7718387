package fi.pyykkinaru.clothesline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The LDNOOBW lists (fi, sv, en) from the naughty-words package and our {@code additions-fi.txt}, less
 * {@code exceptions.txt}: everyday words that a list holds or that would pass for a listed word's inflection.
 * A listed word or phrase matches, case and punctuation aside, and so do its inflections: "paskaa", "perkeleen",
 * "fittan", "bitches". Every slip is checked against each list with that language's Snowball stemmer.
 * <p>
 * A word counts as an inflection of a listed word when it begins with the listed word and the stemmer cuts it
 * back at least that far, i.e. all it adds is an ending. Comparing the stems of both instead joins innocent
 * words to listed ones ("kulta" and "kulli" both stem to "kul", "finger" and "fingering" to "finger"), and
 * misses forms the stemmer reads differently ("saatanan" stems to "saatan", "saatana" to "saata"). The same
 * rule keeps the exceptions' own inflections innocent: "kukat" (flowers) is a form of the excepted "kuka" (who),
 * so Swedish "kuk" does not hold it, while "kuken" still does. "Hittolainen" stems to "hittolain", which is more
 * than an ending on "hitto", so it does not match.
 */
@Component
public class ProfanityList {

    // Suppliers: a Snowball stemmer holds the word it works on, so concurrent checks each take fresh ones.
    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.of(
            "fi", FinnishStemmer::new, "sv", SwedishStemmer::new, "en", EnglishStemmer::new);

    /** One language's list, its entries keyed by their first word, each entry as its words. */
    private record Language(Supplier<SnowballStemmer> stemmer, Map<String, List<List<String>>> entries) {
    }

    private final List<Language> languages;
    private final Set<String> exceptions;

    ProfanityList() {
        this.exceptions = load("exceptions").map(ProfanityList::normalise).collect(Collectors.toSet());
        this.languages = STEMMERS.entrySet().stream().map(language -> new Language(language.getValue(),
                Stream.of("profanity-", "additions-").map(list -> list + language.getKey())
                        .filter(list -> new ClassPathResource("moderation/" + list + ".txt").exists())
                        .flatMap(ProfanityList::load).map(ProfanityList::normalise)
                        .filter(e -> !e.isBlank() && !exceptions.contains(e)).distinct()
                        .map(e -> List.of(e.split(" ")))
                        .collect(Collectors.groupingBy(List::getFirst)))).toList();
    }

    public boolean matches(String... texts) {
        String text = normalise(String.join(" ", Stream.of(texts).filter(Objects::nonNull).toList()));
        if (text.isEmpty()) {
            return false;
        }
        List<String> words = List.of(text.split(" "));
        return languages.stream().anyMatch(language -> matches(language, words));
    }

    private boolean matches(Language language, List<String> words) {
        SnowballStemmer stemmer = language.stemmer().get();
        List<String> stems = words.stream().map(word -> stem(stemmer, word)).toList();
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at);
            // A listed first word lies between the word's stem and the whole word.
            for (int end = stems.get(at).length(); end <= word.length(); end++) {
                for (List<String> entry : language.entries().getOrDefault(word.substring(0, end), List.of())) {
                    if (matchesAt(entry, words, stems, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean matchesAt(List<String> entry, List<String> words, List<String> stems, int at) {
        if (at + entry.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < entry.size(); i++) {
            String word = words.get(at + i);
            String stem = stems.get(at + i);
            if (!word.equals(entry.get(i)) && (!formOf(word, stem, entry.get(i)) || excepted(word, stem))) {
                return false;
            }
        }
        return true;
    }

    private boolean excepted(String word, String stem) {
        for (int end = stem.length(); end <= word.length(); end++) {
            String prefix = word.substring(0, end);
            if (exceptions.contains(prefix) && formOf(word, stem, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean formOf(String word, String stem, String listed) {
        return word.startsWith(listed) && listed.startsWith(stem);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
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
