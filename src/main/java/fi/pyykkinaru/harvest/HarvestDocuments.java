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
 * table) and a feedback letter for each session's responsible person. The bench-café brief is {@link BenchBriefs}'.
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
    private final Clock clock;

    HarvestDocuments(SlipTally tally, FeedbackTable feedback, FeedbackBreakdown breakdown, Lines lines,
            SlipTexts slipTexts, Translations translations, AuditLog audit, Clock clock) {
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
            pdf.heading(t.apply("harvest.pdf.feedback-table"));
            pdf.table(feedbackRows(event.requireId(), locale), 5, 1.2f, 1.2f);
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
        pdf.paragraph(summary(result.result(), locale));
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (Score score : Score.values()) {
            distribution.put(score.signed() + " " + translations.getTranslation(score.labelKey(), locale),
                    result.result().distribution().get(score));
        }
        pdf.bars(distribution);
        if (!result.byChannel().isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.letter.channels", locale));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(translations.getTranslation("harvest.pdf.channel", locale),
                    translations.getTranslation("harvest.pdf.answers", locale),
                    translations.getTranslation("harvest.pdf.median", locale)));
            result.byChannel().forEach((channel, r) -> rows.add(List.of(
                    translations.getTranslation("channel." + channel, locale), String.valueOf(r.count()), median(r, locale))));
            pdf.table(rows, 3, 1, 1);
        }
        if (!result.byRegion().isEmpty()) {
            pdf.heading(translations.getTranslation("harvest.pdf.letter.regions", locale));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(translations.getTranslation("slip.region", locale),
                    translations.getTranslation("harvest.pdf.answers", locale),
                    translations.getTranslation("harvest.pdf.median", locale)));
            result.byRegion().forEach((code, r) -> rows.add(List.of(region(code, locale), String.valueOf(r.count()), median(r, locale))));
            pdf.table(rows, 3, 1, 1);
        }
        pdf.heading(translations.getTranslation("harvest.pdf.letter.comments", locale));
        if (result.comments().isEmpty()) {
            pdf.paragraph(translations.getTranslation("harvest.pdf.letter.no-comments", locale));
        }
        result.comments().forEach(c -> pdf.paragraph("“" + c + "”"));
        pdf.space(8).small(translations.getTranslation("harvest.pdf.letter.footer", locale));
    }

    private List<List<String>> feedbackRows(long eventId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translations.getTranslation("admin.programme.session", locale),
                translations.getTranslation("harvest.pdf.answers", locale),
                translations.getTranslation("harvest.pdf.median", locale)));
        feedback.table(eventId).forEach((session, result) -> rows.add(List.of(session.title(),
                String.valueOf(result.count()), median(result, locale))));
        return rows;
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
