package fi.pyykkinaru.clothesline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds practices by a name as it is typed ({@link PracticeMatcher}): "is it already on the line?" while a visitor
 * writes a practice's slip, and the wall's search across all lines. Only what hangs on the wall is found (published
 * slips) and the catalogue's entries.
 */
@Service
public class PracticeSearch {

    /** What a search found: a slip or a catalogue entry, with its +1s so far. */
    public record Found(Kind kind, long id, long lineId, String title, @Nullable String organisation, long voices,
            double score) {

        public enum Kind { SLIP, CATALOGUE }
    }

    private record Candidate(Found.Kind kind, long id, long lineId, String title, @Nullable String organisation) {
    }

    // A text is analysed once and kept by its words: slips are never edited, so nothing goes stale, and a wall of a
    // few thousand slips is a few thousand entries. Emptied wholesale should a long-running server pile up more.
    private static final int CACHE_MAX = 50_000;
    private final Map<String, PracticeMatcher.Analysed> analysed = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final SlipVoices voices;

    PracticeSearch(JdbcClient jdbc, SlipVoices voices) {
        this.jdbc = jdbc;
        this.voices = voices;
    }

    /** Slips on the event's practice lines and catalogue entries whose name is near {@code typed}, best first. */
    @Transactional(readOnly = true)
    public List<Found> alreadyHere(long eventId, String typed, int limit) {
        return find(eventId, typed, limit, true);
    }

    /** Slips on any of the event's lines and catalogue entries, by name or organisation, best first. */
    @Transactional(readOnly = true)
    public List<Found> search(long eventId, String typed, int limit) {
        return find(eventId, typed, limit, false);
    }

    private List<Found> find(long eventId, String typed, int limit, boolean practicesOnly) {
        PracticeMatcher.Analysed query = PracticeMatcher.analyse(typed);
        if (query.isEmpty() || typed.strip().length() < 3) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Candidate candidate : candidates(eventId, practicesOnly)) {
            double score = PracticeMatcher.score(query, analysed(candidate.title()));
            if (!practicesOnly && candidate.organisation() != null) {
                score = Math.max(score, PracticeMatcher.score(query, analysed(candidate.organisation())) * 0.95);
            }
            if (score >= PracticeMatcher.ENOUGH) {
                found.add(new Found(candidate.kind(), candidate.id(), candidate.lineId(), candidate.title(),
                        candidate.organisation(), 0, score));
            }
        }
        List<Found> best = found.stream().sorted(Comparator.comparingDouble(Found::score).reversed()
                .thenComparing(Comparator.comparingLong(Found::id).reversed())).limit(limit).toList();
        Map<Long, Long> slipVoices = voices.ofSlips(best.stream().filter(f -> f.kind() == Found.Kind.SLIP)
                .map(Found::id).toList());
        Map<Long, Long> entryVoices = voices.ofEntries(best.stream().filter(f -> f.kind() == Found.Kind.CATALOGUE)
                .map(Found::id).toList());
        return best.stream().map(f -> new Found(f.kind(), f.id(), f.lineId(), f.title(), f.organisation(),
                (f.kind() == Found.Kind.SLIP ? slipVoices : entryVoices).getOrDefault(f.id(), 0L), f.score())).toList();
    }

    private List<Candidate> candidates(long eventId, boolean practicesOnly) {
        List<Candidate> all = new ArrayList<>(jdbc.sql("select s.id, s.line_id, s.title, s.organisation from slip s "
                        + "join clothesline l on l.id = s.line_id where s.event_id = ? and s.status = 'PUBLISHED'"
                        + (practicesOnly ? " and l.kind = 'PRACTICE'" : ""))
                .param(eventId).query((rs, row) -> new Candidate(Found.Kind.SLIP, rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4))).list());
        all.addAll(jdbc.sql("select id, line_id, title, organisation from catalogue_entry where event_id = ?")
                .param(eventId).query((rs, row) -> new Candidate(Found.Kind.CATALOGUE, rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4))).list());
        return all;
    }

    private PracticeMatcher.Analysed analysed(String text) {
        if (analysed.size() > CACHE_MAX) {
            analysed.clear();
        }
        return analysed.computeIfAbsent(text, PracticeMatcher::analyse);
    }
}
