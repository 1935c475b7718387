package fi.pyykkinaru.bench;

import fi.pyykkinaru.badge.BadgeBenchmarkAccess;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Badge PDFs: one warm badge (goal p99 ≤ 5 ms, read the p0.99 line of SampleTime), 500 badges on A4 sheets
 * (goal ≤ 3 s), and the very first badge of a fresh JVM, fonts and all (goal ≤ 300 ms; the app also draws one
 * badge while it starts, so a visitor never pays this).
 */
@State(Scope.Benchmark)
public class BadgeBenchmark {

    private final BadgeBenchmarkAccess badges = new BadgeBenchmarkAccess();

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public byte[] oneBadgeWarm() {
        return badges.one();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @Fork(1)
    public byte[] fiveHundredOnA4Sheets() {
        return badges.sheets(500);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public byte[] firstBadgeInAFreshJvm() {
        return badges.one();
    }
}
