package fi.pyykkinaru.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The organiser's bench-café brief of one line: the answers picked as quotes, in the order they are to be read,
 * and a short summary per theme (keyed by the event's theme code).
 */
@Table("bench_brief")
public record BenchBrief(
        @Id @Nullable Long id,
        long eventId,
        long lineId,
        @MappedCollection(idColumn = "bench_brief_id", keyColumn = "position") List<Quote> quotes,
        @MappedCollection(idColumn = "bench_brief_id", keyColumn = "theme_code") Map<String, Summary> summaries,
        @Version int version) {

    /** The longest summary of a theme: a brief is read in a minute. */
    public static final int SUMMARY_MAX = 1000;

    /** An answer picked as a quote. */
    @Table("brief_quote")
    public record Quote(long slipId) {
    }

    /** What the organiser says of a theme's answers. */
    @Table("brief_summary")
    public record Summary(String text) {
    }

    public BenchBrief {
        quotes = List.copyOf(quotes);
        summaries = Map.copyOf(summaries);
    }

    static BenchBrief create(long eventId, long lineId) {
        return new BenchBrief(null, eventId, lineId, List.of(), Map.of(), 0);
    }

    public List<Long> slipIds() {
        return quotes.stream().map(Quote::slipId).toList();
    }

    public @Nullable String summary(String themeCode) {
        Summary summary = summaries.get(themeCode);
        return summary == null ? null : summary.text();
    }

    /** Picked last, unless it is picked already. */
    BenchBrief picking(long slipId) {
        if (slipIds().contains(slipId)) {
            return this;
        }
        List<Quote> picked = new ArrayList<>(quotes);
        picked.add(new Quote(slipId));
        return withQuotes(picked);
    }

    BenchBrief dropping(long slipId) {
        return withQuotes(quotes.stream().filter(q -> q.slipId() != slipId).toList());
    }

    /** The quote one place earlier (step −1) or later (+1); at either end it stays. */
    BenchBrief moving(long slipId, int step) {
        List<Quote> order = new ArrayList<>(quotes);
        int from = slipIds().indexOf(slipId);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= order.size()) {
            return this;
        }
        order.add(to, order.remove(from));
        return withQuotes(order);
    }

    /** The theme's summary; blank removes it. */
    BenchBrief summarising(String themeCode, @Nullable String text) {
        Map<String, Summary> next = new LinkedHashMap<>(summaries);
        String plain = text == null ? "" : text.strip();
        if (plain.length() > SUMMARY_MAX) {
            throw new IllegalArgumentException("A theme's summary is at most " + SUMMARY_MAX + " characters");
        }
        if (plain.isEmpty()) {
            next.remove(themeCode);
        } else {
            next.put(themeCode, new Summary(plain));
        }
        return new BenchBrief(id, eventId, lineId, quotes, next, version);
    }

    private BenchBrief withQuotes(List<Quote> next) {
        return new BenchBrief(id, eventId, lineId, next, summaries, version);
    }
}
