package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineAnswer;
import fi.pyykkinaru.clothesline.SlipTexts;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.Paper;
import fi.pyykkinaru.printing.PdfFlowDocument;
import fi.pyykkinaru.printing.PrintDocument;
import fi.pyykkinaru.printing.PrintJob;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintQueue;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.staff.AuditLog;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bench-café brief for decision-makers: the organiser picks answers of a line as quotes and orders them, writes
 * a short summary per theme, and the brief is printed or downloaded as it stands. Every edit is saved at once, so the
 * brief is there the next time and on any other screen. The brief quotes the answers as they are on the wall (and in
 * the slips export): it points at them and never keeps a copy of its own.
 */
@Service
public class BenchBriefs {

    private static final Pattern BENCH_CAFE = Pattern.compile("penkki|bench|b[aä]nk");

    private final BenchBriefRepository briefs;
    private final SlipTexts slipTexts;
    private final PrintQueue queue;
    private final Translations translations;
    private final AuditLog audit;
    private final SmallGroups smallGroups;
    private final Clock clock;

    BenchBriefs(BenchBriefRepository briefs, SlipTexts slipTexts, PrintQueue queue, Translations translations,
            AuditLog audit, SmallGroups smallGroups, Clock clock) {
        this.smallGroups = smallGroups;
        this.briefs = briefs;
        this.slipTexts = slipTexts;
        this.queue = queue;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The line's brief as saved, or a blank one. */
    @Transactional(readOnly = true)
    public BenchBrief of(Line line) {
        return briefs.findByLineId(line.requireId()).orElseGet(() -> BenchBrief.create(line.eventId(), line.requireId()));
    }

    /** What the brief may quote: the line's answers on the wall, oldest first. */
    @Transactional(readOnly = true)
    public List<LineAnswer> answers(Line line) {
        return slipTexts.publishedAnswers(line.requireId());
    }

    /** The picked answers in the brief's order; one hidden since it was picked is left out. */
    @Transactional(readOnly = true)
    public List<LineAnswer> quotes(Line line) {
        Map<Long, LineAnswer> answers = answers(line).stream()
                .collect(Collectors.toMap(LineAnswer::slipId, a -> a, (a, b) -> a, LinkedHashMap::new));
        return of(line).slipIds().stream().map(answers::get).filter(a -> a != null).toList();
    }

    @Transactional
    public BenchBrief pick(Line line, long slipId) {
        if (answers(line).stream().noneMatch(a -> a.slipId() == slipId)) {
            throw new IllegalArgumentException("Slip " + slipId + " is not an answer on the wall of line " + line.code());
        }
        return edit(line, b -> b.picking(slipId));
    }

    @Transactional
    public BenchBrief drop(Line line, long slipId) {
        return edit(line, b -> b.dropping(slipId));
    }

    /** One place earlier (step −1) or later (+1). */
    @Transactional
    public BenchBrief move(Line line, long slipId, int step) {
        return edit(line, b -> b.moving(slipId, step));
    }

    /** The theme's summary; blank removes it. */
    @Transactional
    public BenchBrief summarise(Line line, String themeCode, @Nullable String text) {
        return edit(line, b -> b.summarising(themeCode, text));
    }

    private BenchBrief edit(Line line, UnaryOperator<BenchBrief> change) {
        BenchBrief before = of(line);
        BenchBrief after = change.apply(before);
        return after.equals(before) ? before : briefs.save(after);
    }

    /** The brief in the words of {@code locale}: what the PDF prints and the editor previews. */
    @Transactional(readOnly = true)
    public Content content(Event event, Line line, Locale locale) {
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        BenchBrief brief = of(line);
        List<LineAnswer> answers = answers(line);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (LineAnswer answer : answers) {
            groups.computeIfAbsent(key(answer.title()), k -> new ArrayList<>()).add(answer.title().strip());
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(t.apply("harvest.pdf.brief.answer"), t.apply("harvest.pdf.brief.count")));
        groups.values().stream().sorted((a, b) -> b.size() - a.size())
                .forEach(g -> table.add(List.of(g.getFirst(), String.valueOf(g.size()))));
        List<Section> themes = event.themes().stream().filter(th -> brief.summary(th.code()) != null)
                .map(th -> new Section(th.label().in(locale), Objects.requireNonNullElse(brief.summary(th.code()), "")))
                .toList();
        Map<String, String> themeNames = event.themes().stream()
                .collect(Collectors.toMap(Theme::code, th -> th.label().in(locale)));
        List<Section> quotes = quotes(line).stream()
                .map(a -> new Section("“" + a.text() + "”", attribution(a, themeNames, smallRegions(answers), locale)))
                .toList();
        return new Content(line.prompt().in(locale),
                translations.getTranslation("harvest.pdf.brief.intro", locale, event.name(), answers.size(), groups.size()),
                themes, quotes, table);
    }

    /**
     * Where the answer's writer is from and the themes they chose, as the anonymised slips export words them: a
     * region fewer than the minimum of the line's answers share reads "fewer than 5", since a published quote from
     * the only answer of its region points at its writer.
     */
    public String attribution(LineAnswer answer, Map<String, String> themeNames, Set<String> smallRegions,
            Locale locale) {
        List<String> parts = new ArrayList<>();
        if (answer.region() != null) {
            parts.add(smallRegions.contains(answer.region())
                    ? translations.getTranslation(SmallGroups.FEWER_THAN, locale, smallGroups.min())
                    : region(answer.region(), locale));
        }
        answer.themes().stream().map(code -> themeNames.getOrDefault(code, code)).forEach(parts::add);
        return String.join(" · ", parts);
    }

    /** The regions too few of these answers share to be named beside a quote. */
    public Set<String> smallRegions(List<LineAnswer> answers) {
        return answers.stream().map(LineAnswer::region).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .filter(e -> smallGroups.small(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The brief as a PDF: the organiser's summaries by theme, the quotes in the order picked, and every answer counted. */
    public byte[] pdf(Event event, Line line, Locale locale) {
        Content content = content(event, line, locale);
        try (PdfFlowDocument pdf = new PdfFlowDocument(content.title())) {
            pdf.title(content.title());
            pdf.paragraph(content.intro());
            for (Section theme : content.themes()) {
                pdf.heading(theme.heading());
                pdf.paragraph(theme.text());
            }
            if (!content.quotes().isEmpty()) {
                pdf.heading(translations.getTranslation("harvest.pdf.brief.quotes", locale));
                for (Section quote : content.quotes()) {
                    pdf.paragraph(quote.heading());
                    if (!quote.text().isEmpty()) {
                        pdf.small(quote.text());
                    }
                }
            }
            pdf.heading(translations.getTranslation("harvest.pdf.brief.all", locale));
            pdf.table(content.answers(), 6, 1);
            byte[] bytes = pdf.bytes();
            audit.record("pdf.bench-brief", line.code());
            return bytes;
        }
    }

    /** The brief to the A4 printer: the stand's own ({@code printer}), else the settings file's. */
    public PrintJob print(Event event, Line line, Locale locale, @Nullable String printer) {
        byte[] pdf = pdf(event, line, locale);
        // The event in the subject lets its removal forget its briefs; the time keeps each print apart.
        return queue.submit(new PrintDocument(PrintKind.BRIEF, subjectPrefix(event.requireId())
                + clock.instant().toEpochMilli(), line.prompt().in(locale), Paper.A4.media(), pdf), false, printer);
    }

    static String subjectPrefix(long eventId) {
        return "brief:" + eventId + ":";
    }

    /**
     * The line a bench-café brief is about: the one whose code names a bench café (penkkikahvila, bench-cafe,
     * bankcafe), if exactly one does. Otherwise the organiser must choose.
     */
    public static Optional<Line> benchCafeLine(List<Line> lines) {
        List<Line> bench = lines.stream().filter(l -> BENCH_CAFE.matcher(l.code()).find()).toList();
        return bench.size() == 1 ? Optional.of(bench.getFirst()) : Optional.empty();
    }

    /** Answers that differ only in case, spacing, accents on e.g. é, or punctuation count as the same answer. */
    static String key(String answer) {
        String plain = Normalizer.normalize(answer.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        return plain.replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }

    private String region(String code, Locale locale) {
        try {
            return translations.getTranslation(Region.valueOf(code).labelKey(), locale);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** The brief in words: title, introduction, each summarised theme, each quote with its attribution, the count table. */
    public record Content(String title, String intro, List<Section> themes, List<Section> quotes,
            List<List<String>> answers) {
    }

    /** A heading (a theme, or a quote) with its text (the summary, or the attribution). */
    public record Section(String heading, String text) {
    }
}
