package fi.pyykkinaru.bench;

import fi.pyykkinaru.clothesline.PracticeMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Is it already on the line?" on every keystroke: a name being typed scored against every slip title of a busy event
 * (analysed once and kept, as PracticeSearch does), and the analysis of one new title. Titles are made of Finnish and
 * Swedish practice words, a few of them near the name typed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PracticeMatchBenchmark {

    private static final String[] WORDS = {"penkkikahvila", "kirjasto", "kirjastossa", "lukupiiri", "vertaistuki",
        "omaishoitajat", "digituki", "kauppakeskuksen", "aulassa", "nuorten", "työkokeilu", "kävelevä", "kahvila",
        "perhekeskus", "chat-ilta", "kokemusasiantuntija", "liikuntapaikka", "ikäihmisille", "biblioteket",
        "språkcafé", "föräldrar", "nyanlända", "läsecirkel", "kamratstöd", "på", "för", "ja", "yhdessä", "verkossa",
        "kylätalo", "hyvinvointialue", "osallisuus", "mielenterveys", "matalan", "kynnyksen", "palvelu"};

    @Param({"3000"})
    public int slips;

    private List<PracticeMatcher.Analysed> titles;
    private PracticeMatcher.Analysed typed;
    private String newTitle;

    @Setup
    public void titles() {
        Random random = new Random(15);
        titles = new ArrayList<>(slips);
        for (int i = 0; i < slips; i++) {
            int words = 2 + random.nextInt(4);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < words; w++) {
                title.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            titles.add(PracticeMatcher.analyse(title.toString()));
        }
        typed = PracticeMatcher.analyse("penkkikahvilassa kirjastosa");
        newTitle = "Vertaistukiryhmä omaishoitajille verkossa iltaisin";
    }

    /** One keystroke: every title scored, those near enough counted. */
    @Benchmark
    public int keystroke() {
        int near = 0;
        for (PracticeMatcher.Analysed title : titles) {
            if (PracticeMatcher.score(typed, title) >= PracticeMatcher.ENOUGH) {
                near++;
            }
        }
        return near;
    }

    /** A slip pegged since: its title stemmed in three languages, once. */
    @Benchmark
    public PracticeMatcher.Analysed analyseOne() {
        return PracticeMatcher.analyse(newTitle);
    }
}
