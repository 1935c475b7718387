package fi.pyykkinaru.harvest;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.PublishedSlip;
import fi.pyykkinaru.clothesline.SlipFilter;
import fi.pyykkinaru.clothesline.SlipTally;
import fi.pyykkinaru.clothesline.SlipTexts;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfFlowDocument;
import fi.pyykkinaru.privacy.SmallGroups;
import fi.pyykkinaru.session.FeedbackBreakdown;
import fi.pyykkinaru.session.FeedbackResult;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionFeedback;
import fi.pyykkinaru.staff.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harvest on paper: the day summary (counts, charts, every slip of the day by line, top themes, the feedback
 * table with response rates and on-site and remote results) and a feedback letter for each session's responsible
 * person. The bench-café brief is {@link BenchBriefs}'. A part of a session's answers (a channel, a region, on site
 * or remote) with fewer than {@link SmallGroups#min()} answers shows only "fewer than 5"; a letter, which leaves the
 * organisers' hands, shows a session's median and distribution only from that many answers, as its results page does.
 */
@Service
public class HarvestDocuments {

    private final SlipTally tally;
    private final FeedbackTable feedback;
    private final FeedbackBreakdown breakdown;
    private final Lines lines;
    private final SlipTexts slipTexts;
    private final Translations translations;
    private final AuditLog audit;
    private final SmallGroups smallGroups;
    private final Clock clock;

    HarvestDocuments(SlipTally tally, FeedbackTable feedback, FeedbackBreakdown breakdown, Lines lines,
            SlipTexts slipTexts, Translations translations, AuditLog audit, SmallGroups smallGroups, Clock clock) {
        this.smallGroups = smallGroups;
        this.tally = tally;
        this.feedback = feedback;
        this.breakdown = breakdown;
        this.lines = lines;
        this.slipTexts = slipTexts;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    public byte[] daySummary(Event event, LocalDate day, Locale locale) {
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        SlipFilter filter = new SlipFilter(event.requireId(), day, null, null);
        Map<Long, Line> lineById = lines.active(event.requireId()).stream().collect(Collectors.toMap(Line::requireId, l -> l,
                (a, b) -> a, LinkedHashMap::new));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
        try (PdfFlowDocument pdf = new PdfFlowDocument(event.name() + " " + day)) {
            pdf.title(translations.getTranslation("harvest.pdf.day.title", locale, event.name(), date));
            pdf.paragraph(translations.getTranslation("harvest.pdf.day.count", locale, tally.count(filter)));
            pdf.heading(t.apply("harvest.chart.lines"));
            Map<String, Long> perLine = new LinkedHashMap<>();
            tally.perLine(filter).forEach((id, n) -> perLine.put(name(lineById.get(id), locale), n));
            pdf.bars(perLine);
            pdf.heading(t.apply("harvest.chart.hours"));
            Map<String, Long> perHour = new LinkedHashMap<>();
            tally.perHour(filter).forEach((hour, n) -> perHour.put(String.format(Locale.ROOT, "%02d–%02d", hour, hour + 1), n));
            pdf.bars(perHour);
            pdf.heading(t.apply("harvest.chart.themes"));
            Map<String, String> themeNames = event.themes().stream().collect(Collectors.toMap(Theme::code, th -> th.label().in(locale)));
            Map<String, Long> perTheme = new LinkedHashMap<>();
            tally.perTheme(filter).forEach((code, n) -> perTheme.put(themeNames.getOrDefault(code, code), n));
            pdf.bars(perTheme);
            pdf.heading(t.apply("harvest.chart.regions"));
            Map<String, Long> perRegion = new LinkedHashMap<>();
            tally.perRegion(filter).forEach((code, n) -> perRegion.put(region(code, locale), n));
            pdf.bars(perRegion);

            List<PublishedSlip> slips = slipTexts.published(filter);
            for (Line line : lineById.values()) {
                List<PublishedSlip> onLine = slips.stream().filter(s -> s.lineId() == line.requireId()).toList();
                pdf.heading(line.prompt().in(locale) + " (" + onLine.size() + ")");
                for (PublishedSlip slip : onLine) {
                    pdf.paragraph("• " + slip.title() + (slip.organisation() == null ? "" : " — " + slip.organisation())
                            + (slip.body() == null ? "" : "\n" + slip.body()));
                }
            }
            feedbackPart(pdf, event, locale);
            byte[] bytes = pdf.bytes();
            audit.record("pdf.day-summary", event.slug() + " " + day);
            return bytes;
        }
    }

    /** A session's feedback for its responsible person. */
    @Transactional(readOnly = true)
    public byte[] feedbackLetter(Session session, Event event, Locale locale) {
        try (PdfFlowDocument pdf = new PdfFlowDocument(session.title())) {
            letter(pdf, session, event, locale);
            audit.record("pdf.feedback-letter", "session " + session.token());
            return pdf.bytes();
        }
    }

    /** Every session's letter in one PDF, a letter per page or more. */
    @Transactional(readOnly = true)
    public byte[] feedbackLetters(List<Session> sessions, Event event, Locale locale, IntConsumer progress) {
        try (PdfFlowDocument pdf = new PdfFlowDocument(event.name())) {
            for (int i = 0; i < sessions.size(); i++) {
                if (i > 0) {
                    pdf.space(10_000);
                }
                letter(pdf, sessions.get(i), event, locale);
                progress.accept(i + 1);
            }
            audit.record("pdf.feedback-letters", "event " + event.requireId() + ": " + sessions.size() + " records");
            return pdf.bytes();
        }
    }

    private void letter(PdfFlowDocument pdf, Session session, Event event, Locale locale) {
        SessionFeedback result = breakdown.of(session);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        pdf.title(translations.getTranslation("harvest.pdf.letter.title", locale, session.title()));
        String name = session.responsibleName() == null ? "" : session.responsibleName().strip();
        pdf.paragraph(name.isEmpty() ? translations.getTranslation("harvest.pdf.letter.hello.nameless", locale)
                : translations.getTranslation("harvest.pdf.letter.hello", locale, name));
        pdf.paragraph(translations.getTranslation("harvest.pdf.letter.greeting", locale, event.name(),
                when.format(session.startsAt().atZone(clock.getZone()))));
        pdf.heading(translations.getTranslation("harvest.pdf.letter.result", locale));
        boolean enough = smallGroups.enough(result.result().count());
        pdf.paragraph(enough ? summary(result.result(), locale) : translations.getTranslation("feedback.count", locale,
                result.result().count()) + ". " + translations.getTranslation("results.too-few", locale, smallGroups.min()));
        pdf.paragraph(FeedbackTable.rate(result).describe(words(locale), locale));
        if (enough) {
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (Score score : Score.values()) {
                distribution.put(score.signed() + " " + translations.getTranslation(score.labelKey(), locale),
                        result.result().distribution().get(score));
            }
            pdf.bars(distribution);
            pdf.heading(translations.getTranslation("harvest.pdf.side", locale), 60);
            pdf.table(sideBySide(result, locale), SIDE_BY_SIDE);
        }
        if (!result.byChannel().isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.letter.channels", locale));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(translations.getTranslation("harvest.pdf.channel", locale),
                    translations.getTranslation("harvest.pdf.answers", locale),
                    translations.getTranslation("harvest.pdf.median", locale)));
            result.byChannel().forEach((channel, r) -> rows.add(List.of(
                    translations.getTranslation("channel." + channel, locale), count(r, locale), groupMedian(r, locale))));
            pdf.table(rows, 3, 1, 1);
        }
        if (!result.byRegion().isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.letter.regions", locale));
            pdf.table(regionRows(result.byRegion(), locale), 3, 1, 1);
        }
        if (!result.remoteRegions().isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.remote-regions", locale), 40);
            pdf.table(regionRows(result.remoteRegions(), locale), 3, 1, 1);
        }
        pdf.heading(translations.getTranslation("harvest.pdf.letter.comments", locale));
        if (result.comments().isEmpty()) {
            pdf.paragraph(translations.getTranslation("harvest.pdf.letter.no-comments", locale));
        }
        result.comments().forEach(c -> pdf.paragraph("“" + c + "”"));
        pdf.space(8).small(translations.getTranslation("harvest.pdf.letter.footer", locale));
    }

    /**
     * The day summary's feedback: the event's answers against its visitors, a row per session with its response
     * rate and on-site and remote answers, each answered session's results side by side, and the remote
     * respondents' regions.
     */
    private void feedbackPart(PdfFlowDocument pdf, Event event, Locale locale) {
        List<SessionFeedback> programme = feedback.breakdowns(event.requireId());
        long answers = programme.stream().mapToLong(f -> f.result().count()).sum();
        pdf.heading(translations.getTranslation("harvest.pdf.feedback-table", locale));
        pdf.paragraph(ResponseRate.describeEvent(answers, feedback.visitors(event.requireId()), words(locale), locale));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translations.getTranslation("admin.programme.session", locale),
                translations.getTranslation("harvest.pdf.answers", locale),
                translations.getTranslation("harvest.pdf.median", locale),
                translations.getTranslation("harvest.pdf.attending", locale),
                translations.getTranslation("harvest.pdf.rate", locale),
                translations.getTranslation("attendance.ON_SITE", locale),
                translations.getTranslation("attendance.REMOTE", locale)));
        for (SessionFeedback session : programme) {
            var attendance = session.attendance();
            rows.add(List.of(session.session().title(), String.valueOf(session.result().count()),
                    median(session.result(), locale),
                    attendance.counted() ? String.valueOf(attendance.total()) : "–",
                    ResponseRate.percent(session.result().count(), attendance.total(), locale),
                    nAndMedian(session.attended(SessionFeedback.ON_SITE), locale),
                    nAndMedian(session.attended(SessionFeedback.REMOTE), locale)));
        }
        pdf.table(rows, 2.4f, 1.5f, 1.4f, 1.7f, 1.4f, 1.9f, 1.9f);
        List<SessionFeedback> answered = programme.stream().filter(f -> f.result().count() > 0).toList();
        if (!answered.isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.side.sessions", locale));
            for (SessionFeedback session : answered) {
                pdf.paragraph(session.session().title() + " — " + FeedbackTable.rate(session).describe(words(locale), locale));
                pdf.table(sideBySide(session, locale), SIDE_BY_SIDE);
            }
        }
        Map<String, FeedbackResult> remoteRegions = FeedbackTable.remoteRegions(programme);
        if (!remoteRegions.isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.remote-regions", locale), 40);
            pdf.table(regionRows(remoteRegions, locale), 3, 1, 1);
        }
    }

    /** Column shares of {@link #sideBySide}: who, answers, median, and the five choices. */
    private static final float[] SIDE_BY_SIDE = {2.4f, 1.1f, 1.1f, 0.7f, 0.7f, 0.7f, 0.7f, 0.7f};

    /**
     * A session's answers on site, remote and (when any did not say) neither, side by side: N, median, distribution.
     * A side of fewer than the minimum shows "fewer than 5"; then no side shows its distribution, since the session's
     * own distribution less the others' would give the small side's away.
     */
    private List<List<String>> sideBySide(SessionFeedback session, Locale locale) {
        boolean anySmall = java.util.stream.Stream.of(SessionFeedback.ON_SITE, SessionFeedback.REMOTE, SessionFeedback.NOT_SAID)
                .anyMatch(followed -> smallGroups.small(session.attended(followed).count()));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(translations.getTranslation("harvest.pdf.followed", locale),
                translations.getTranslation("harvest.pdf.answers", locale),
                translations.getTranslation("harvest.pdf.median", locale)));
        for (Score score : Score.values()) {
            header.add(score.signed());
        }
        rows.add(header);
        for (String followed : List.of(SessionFeedback.ON_SITE, SessionFeedback.REMOTE, SessionFeedback.NOT_SAID)) {
            FeedbackResult result = session.attended(followed);
            if (followed.equals(SessionFeedback.NOT_SAID) && result.count() == 0) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(translations.getTranslation(
                    followed.isEmpty() ? "attendance.none" : "attendance." + followed, locale),
                    count(result, locale), groupMedian(result, locale)));
            for (Score score : Score.values()) {
                row.add(anySmall ? "–" : String.valueOf(result.distribution().get(score)));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> regionRows(Map<String, FeedbackResult> regions, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translations.getTranslation("slip.region", locale),
                translations.getTranslation("harvest.pdf.answers", locale),
                translations.getTranslation("harvest.pdf.median", locale)));
        regions.forEach((code, r) -> rows.add(List.of(region(code, locale), count(r, locale), groupMedian(r, locale))));
        return rows;
    }

    private String nAndMedian(FeedbackResult result, Locale locale) {
        if (smallGroups.small(result.count())) {
            return fewer(locale);
        }
        return translations.getTranslation("harvest.pdf.n-median", locale, result.count(), median(result, locale));
    }

    /** A part's count, or "fewer than 5" when it is too small to show. */
    private String count(FeedbackResult part, Locale locale) {
        return smallGroups.small(part.count()) ? fewer(locale) : String.valueOf(part.count());
    }

    /** A part's median, or none when it is too small to show: with one answer the median is that answer. */
    private String groupMedian(FeedbackResult part, Locale locale) {
        return smallGroups.small(part.count()) ? "–" : median(part, locale);
    }

    private String fewer(Locale locale) {
        return translations.getTranslation(SmallGroups.FEWER_THAN, locale, smallGroups.min());
    }

    private ResponseRate.Words words(Locale locale) {
        return (key, args) -> translations.getTranslation(key, locale, args);
    }

    private String summary(FeedbackResult result, Locale locale) {
        return translations.getTranslation("harvest.pdf.letter.summary", locale, result.count(), median(result, locale));
    }

    static String median(FeedbackResult result, Locale locale) {
        return result.medianText(locale);
    }

    private String region(String code, Locale locale) {
        if (code.isEmpty()) {
            return translations.getTranslation("slip.region.none", locale);
        }
        try {
            return translations.getTranslation(Region.valueOf(code).labelKey(), locale);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String name(@Nullable Line line, Locale locale) {
        return line == null ? "?" : line.prompt().in(locale);
    }
}
