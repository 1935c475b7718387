package fi.pyykkinaru.clothesline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How near a name a visitor is typing comes to a practice already on a line, tolerant of Finnish, Swedish and English
 * inflection ("penkkikahvilassa" is "penkkikahvila", "biblioteket" is "bibliotek"), of a word still being typed
 * ("penkkikah"), of a compound's head typed alone ("kahvilassa" in "penkkikahvila") and of a typo or two in a long
 * word ("kirjastosa"). Texts are analysed once ({@link #analyse}) and then compared cheaply, so that a few thousand
 * slips are scored on every keystroke.
 * <p>
 * Words are compared by their Snowball stems in all three languages: the visitor's language says nothing of the
 * language of a slip's title, and a stem wrongly cut in one language is still a whole word in another.
 */
public final class PracticeMatcher {

    /** The least score that is shown to a visitor as "already here". */
    public static final double ENOUGH = 0.75;

    private static final List<Supplier<SnowballStemmer>> STEMMERS =
            List.of(FinnishStemmer::new, SwedishStemmer::new, EnglishStemmer::new);
    // A stem shorter than this is too common a piece to say two words are one ("kahvi" in "kahvila" is not).
    private static final int LEAST_PART = 5;
    // Words that join a practice's name rather than name it; two letters or fewer count as such anyway.
    private static final Set<String> SMALL_WORDS = Set.of("ja", "tai", "sekä", "eli", "kuin", "och", "att", "som",
            "med", "för", "till", "det", "den", "ett", "and", "the", "for", "with");

    private PracticeMatcher() {
    }

    /** One word: as written (lower case, accents kept) and its stems. */
    record Word(String form, String[] stems) {
    }

    /** A text in words; its small words (ja, och, i) only count when it has no others. */
    public record Analysed(List<Word> words) {

        public boolean isEmpty() {
            return words.isEmpty();
        }
    }

    public static Analysed analyse(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>();
        for (String form : normal.split("[^\\p{L}\\p{N}]+")) {
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        boolean anyLong = forms.stream().anyMatch(f -> f.length() > 2 && !SMALL_WORDS.contains(f));
        List<SnowballStemmer> stemmers = STEMMERS.stream().map(Supplier::get).toList();
        List<Word> words = new ArrayList<>();
        for (String form : forms) {
            if (anyLong && (form.length() <= 2 || SMALL_WORDS.contains(form))) {
                continue;
            }
            String[] stems = stemmers.stream().map(s -> stem(s, form)).distinct().toArray(String[]::new);
            words.add(new Word(form, stems));
        }
        return new Analysed(List.copyOf(words));
    }

    /**
     * How near {@code typed} is to {@code candidate}, 0…1: the better of how well the candidate holds the typed words
     * and how well the typed words hold the candidate's (a longer name that contains the whole of one on the line is
     * that one too). Each side's words take their best likeness to a word of the other, averaged. The last typed word
     * may be unfinished.
     */
    public static double score(Analysed typed, Analysed candidate) {
        if (typed.isEmpty() || candidate.isEmpty()) {
            return 0;
        }
        double held = 0;
        List<Word> words = typed.words();
        for (int i = 0; i < words.size(); i++) {
            held += best(words.get(i), candidate.words(), i == words.size() - 1);
        }
        double holding = 0;
        for (Word word : candidate.words()) {
            holding += best(word, words, false);
        }
        return Math.max(held / words.size(), holding / candidate.words().size());
    }

    private static double best(Word word, List<Word> others, boolean unfinished) {
        double best = 0;
        for (Word other : others) {
            best = Math.max(best, likeness(word, other, unfinished));
            if (best == 1) {
                break;
            }
        }
        return best;
    }

    static double likeness(Word typed, Word other, boolean unfinished) {
        if (typed.form().equals(other.form())) {
            return 1;
        }
        double best = 0;
        for (String a : typed.stems()) {
            for (String b : other.stems()) {
                if (a.equals(b)) {
                    // A short stem joins different words ("kirja" book and "kirje" letter are both "kirj"):
                    // there, only a form that is the other plus an ending is the same word.
                    if (a.length() >= LEAST_PART || typed.form().startsWith(other.form())
                            || other.form().startsWith(typed.form())) {
                        return 1;
                    }
                    best = Math.max(best, 0.6);
                    continue;
                }
                if (a.length() >= LEAST_PART && b.length() > a.length() && (b.endsWith(a) || b.startsWith(a))) {
                    // A part of a compound typed alone, or the compound typed apart: "kahvilassa" or "penkki
                    // kahvila" for "penkkikahvila".
                    best = Math.max(best, 0.8);
                }
                int allowed = typosAllowed(Math.min(a.length(), b.length()));
                if (allowed > 0) {
                    int distance = distance(a, b, allowed);
                    if (distance <= allowed) {
                        best = Math.max(best, distance == 1 ? 0.85 : 0.75);
                    }
                }
            }
        }
        if (unfinished && typed.form().length() >= 3 && other.form().startsWith(typed.form())) {
            // A word being typed: the longer it is, the surer.
            best = Math.max(best, typed.form().length() >= LEAST_PART ? 0.9 : 0.75);
        }
        return best;
    }

    private static int typosAllowed(int length) {
        return length >= 9 ? 2 : length >= 5 ? 1 : 0;
    }

    /**
     * Optimal string alignment distance (a swap of two neighbours is one typo), or {@code limit + 1} as soon as it is
     * surely more than {@code limit}: most pairs of words are told apart after a row or two.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
