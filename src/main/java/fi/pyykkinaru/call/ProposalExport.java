package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.text.ExportTable;
import fi.pyykkinaru.text.ExportTable.Column;
import fi.pyykkinaru.text.ExportTable.Kind;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's proposals and scores as tables for the planning group's meeting, in the words of whoever downloads
 * them: statuses as words, each question's answer under its label, each criterion's mean, the overall mean (of the
 * reviewers' own means, so that each reviewer weighs the same), the spread (the highest reviewer's mean less the
 * lowest's: their disagreement), how many reviewed, and each reviewer's comment. Drafts are left out: they are
 * unfinished and their people have not sent them.
 */
@Component
public class ProposalExport {

    /** Times as the harvest's exports give them: the event's local time, a form every spreadsheet reads. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final String PROPOSALS = "proposals";
    public static final String SCORES = "scores";

    private final ProposalRepository proposals;
    private final ReviewRepository reviews;
    private final JuryMemberRepository jury;
    private final Translations translations;
    private final AuditLog audit;

    ProposalExport(ProposalRepository proposals, ReviewRepository reviews, JuryMemberRepository jury,
            Translations translations, AuditLog audit) {
        this.proposals = proposals;
        this.reviews = reviews;
        this.jury = jury;
        this.translations = translations;
        this.audit = audit;
    }

    /** The proposals as CSV for whoever downloads them, written in the audit log as every export is. */
    public byte[] proposalsCsv(Call call, Event event, Locale locale) {
        return audited(proposals(call, event, locale).csv(locale), fileName(event, call, PROPOSALS, "csv"));
    }

    /** The proposals as an Excel workbook, audited. */
    public byte[] proposalsXlsx(Call call, Event event, Locale locale) {
        return audited(proposals(call, event, locale).xlsx(word("call.export.sheet.proposals", locale)),
                fileName(event, call, PROPOSALS, "xlsx"));
    }

    /** The reviews' scores as CSV, audited. */
    public byte[] scoresCsv(Call call, Event event, Locale locale) {
        return audited(scores(call, locale).csv(locale), fileName(event, call, SCORES, "csv"));
    }

    private byte[] audited(byte[] file, String name) {
        audit.record("export", name);
        return file;
    }

    /** One row a proposal; its columns' names are their headings in {@code locale}. */
    @Transactional(readOnly = true)
    public ExportTable proposals(Call call, Event event, Locale locale) {
        List<Question> questions = call.questions().stream().filter(q -> q.kind() != QuestionKind.CONTACT).toList();
        Map<Proposal, List<Review>> reviewed = reviewed(call);
        Map<String, String> reviewers = reviewerNames(reviewed.values());
        List<Column> header = new ArrayList<>();
        for (String column : List.of("status", "title", "name", "organisation", "email", "phone", "submitted")) {
            header.add(Column.of(word("call.export.column." + column, locale), Kind.TEXT));
        }
        questions.forEach(q -> header.add(Column.of(q.label().in(locale), Kind.TEXT)));
        call.criteria().forEach(c -> header.add(Column.of(
                word("call.export.column.criterion-mean", locale, c.label().in(locale)), Kind.NUMBER)));
        header.add(Column.of(word("call.export.column.mean", locale), Kind.NUMBER));
        header.add(Column.of(word("call.export.column.spread", locale), Kind.NUMBER));
        header.add(Column.of(word("call.export.column.reviews", locale), Kind.NUMBER));
        reviewers.values().forEach(name -> header.add(Column.of(
                word("call.export.column.comment", locale, name), Kind.TEXT)));
        List<List<String>> rows = new ArrayList<>();
        reviewed.forEach((proposal, its) -> {
            List<String> row = new ArrayList<>();
            row.add(word("call.export.status." + proposal.status().name(), locale));
            row.add(text(proposal.title()));
            row.add(text(proposal.responsibleName()));
            row.add(text(proposal.responsibleOrganisation()));
            row.add(text(proposal.responsibleEmail()));
            row.add(text(proposal.responsiblePhone()));
            row.add(time(proposal.submittedAt(), event));
            questions.forEach(q -> row.add(answer(q, proposal, locale)));
            call.criteria().forEach(c -> row.add(number(its.stream()
                    .map(r -> r.scores().get(c.key())).filter(Objects::nonNull).mapToDouble(ReviewScore::score)
                    .average())));
            DoubleSummaryStatistics means = its.stream().map(ProposalExport::mean).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).summaryStatistics();
            row.add(means.getCount() == 0 ? "" : round(means.getAverage()));
            row.add(means.getCount() == 0 ? "" : round(means.getMax() - means.getMin()));
            row.add(Integer.toString(its.size()));
            reviewers.keySet().forEach(reviewer -> row.add(its.stream().filter(r -> r.reviewer().equals(reviewer))
                    .map(r -> text(r.comment())).findFirst().orElse("")));
            rows.add(row);
        });
        return new ExportTable(header, rows);
    }

    /** One row a review: the proposal, the reviewer, each criterion's score and the comment. */
    @Transactional(readOnly = true)
    public ExportTable scores(Call call, Locale locale) {
        Map<Proposal, List<Review>> reviewed = reviewed(call);
        Map<String, String> reviewers = reviewerNames(reviewed.values());
        List<Column> header = new ArrayList<>();
        header.add(Column.of(word("call.export.column.title", locale), Kind.TEXT));
        header.add(Column.of(word("call.export.column.reviewer", locale), Kind.TEXT));
        call.criteria().forEach(c -> header.add(Column.of(c.label().in(locale), Kind.NUMBER)));
        header.add(Column.of(word("call.export.column.review-comment", locale), Kind.TEXT));
        List<List<String>> rows = new ArrayList<>();
        reviewed.forEach((proposal, its) -> its.forEach(review -> {
            List<String> row = new ArrayList<>();
            row.add(text(proposal.title()));
            row.add(reviewers.getOrDefault(review.reviewer(), review.reviewer()));
            call.criteria().forEach(c -> {
                ReviewScore score = review.scores().get(c.key());
                row.add(score == null ? "" : Integer.toString(score.score()));
            });
            row.add(text(review.comment()));
            rows.add(row);
        }));
        return new ExportTable(header, rows);
    }

    /** The file name of an export of the call, e.g. {@code innomarkkinat-sessions-proposals.csv}. */
    public static String fileName(Event event, Call call, String what, String extension) {
        return event.slug() + "-" + call.kind().name().toLowerCase(Locale.ROOT) + "-" + what + "." + extension;
    }

    private Map<Proposal, List<Review>> reviewed(Call call) {
        Map<Proposal, List<Review>> reviewed = new LinkedHashMap<>();
        for (Proposal proposal : proposals.findByCallIdOrderByCreatedAtAsc(call.requireId())) {
            if (proposal.status() != ProposalStatus.DRAFT) {
                reviewed.put(proposal, reviews.findByProposalId(proposal.requireId()).stream()
                        .sorted(java.util.Comparator.comparing(Review::reviewer)).toList());
            }
        }
        return reviewed;
    }

    /** Reviewers in name order: a staff account by its user name, a jury member by their name. */
    private Map<String, String> reviewerNames(Collection<List<Review>> all) {
        Map<String, String> names = new LinkedHashMap<>();
        TreeSet<String> reviewers = new TreeSet<>();
        all.forEach(its -> its.forEach(r -> reviewers.add(r.reviewer())));
        for (String reviewer : reviewers) {
            String name = reviewer;
            if (reviewer.startsWith(Review.JURY_PREFIX)) {
                try {
                    name = jury.findById(Long.parseLong(reviewer.substring(Review.JURY_PREFIX.length())))
                            .map(JuryMember::name).orElse(reviewer);
                } catch (NumberFormatException e) {
                    name = reviewer;
                }
            }
            names.put(reviewer, name);
        }
        return names;
    }

    private String answer(Question question, Proposal proposal, Locale locale) {
        String answer = proposal.answer(question.key());
        if (question.kind() == QuestionKind.YES_NO || question.kind() == QuestionKind.CONSENT) {
            return switch (answer) {
                case "yes", "true" -> word("export.yes", locale);
                case "no", "false" -> word("export.no", locale);
                default -> answer;
            };
        }
        return answer;
    }

    private static OptionalDouble mean(Review review) {
        return review.scores().values().stream().mapToDouble(ReviewScore::score).average();
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : "";
    }

    /** Two decimals at most, a dot as the separator: the writer puts the reader's separator. */
    private static String round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String time(@Nullable Instant at, Event event) {
        return at == null ? "" : TIME.format(at.atZone(event.zone()));
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String word(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
