package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.VoterTags;
import fi.pyykkinaru.storage.StorageHealth;
import fi.pyykkinaru.text.ExportTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.sql.Types;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event's closing questions and their answers. A visitor's answers are stored under a random submission id;
 * who gave them (a phone's cookie, a kiosk visitor, a badge's voting secret) is kept apart as the visitor's mark for
 * this event ({@link VoterTags}), only so that answering again replaces the earlier answers instead of counting
 * twice: nothing the server holds makes the mark without the key the visitor carries.
 */
@Service
public class ClosingQuestions {

    private final ClosingQuestionRepository questions;
    private final JdbcClient jdbc;
    private final StorageHealth storage;
    private final Clock clock;
    private final Translations translations;

    ClosingQuestions(ClosingQuestionRepository questions, JdbcClient jdbc, StorageHealth storage, Clock clock,
            Translations translations) {
        this.translations = translations;
        this.questions = questions;
        this.jdbc = jdbc;
        this.storage = storage;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ClosingQuestion> ofEvent(long eventId) {
        return questions.findByEventIdOrderByPositionAscIdAsc(eventId);
    }

    @Transactional(readOnly = true)
    public Optional<ClosingQuestion> find(long id) {
        return questions.findById(id);
    }

    /** Adds a question after the event's others. */
    @Transactional
    public ClosingQuestion add(long eventId, ClosingKind kind, LocalizedText text, @Nullable LocalizedText options,
            boolean required) {
        int last = ofEvent(eventId).stream().mapToInt(ClosingQuestion::position).max().orElse(0);
        return questions.save(ClosingQuestion.create(eventId, last + 1, kind, text, options, required));
    }

    /**
     * The organiser's edit. Answers keep the option's place, so a choice question with answers keeps its number of
     * options: reworded, not reshuffled.
     */
    @Transactional
    public ClosingQuestion edit(long id, int seenVersion, ClosingKind kind, LocalizedText text,
            @Nullable LocalizedText options, boolean required) {
        ClosingQuestion question = get(id);
        if (answers(id) > 0 && (kind != question.kind() || question.options(Locale.ROOT).size()
                != (options == null ? 0 : ClosingQuestion.lines(options.fi()).size()))) {
            throw new IllegalStateException("A question with answers keeps its kind and number of options");
        }
        return questions.save(question.edited(kind, text, options, required, seenVersion));
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}) among the event's questions. */
    @Transactional
    public void move(long id, int step) {
        ClosingQuestion question = get(id);
        List<ClosingQuestion> all = new ArrayList<>(ofEvent(question.eventId()));
        int from = all.indexOf(all.stream().filter(q -> q.requireId() == id).findFirst().orElseThrow());
        int to = Math.clamp(from + (long) step, 0, all.size() - 1);
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).position() != i + 1) {
                questions.save(all.get(i).at(i + 1));
            }
        }
    }

    /** Removes a question with its answers. */
    @Transactional
    public void remove(long id) {
        jdbc.sql("delete from closing_answer where question_id = ?").param(id).update();
        questions.deleteById(id);
    }

    @Transactional(readOnly = true)
    public long answers(long questionId) {
        return jdbc.sql("select count(*) from closing_answer where question_id = ?").param(questionId)
                .query(Long.class).single();
    }

    /** Whether this respondent has answered the event's closing questions. */
    @Transactional(readOnly = true)
    public boolean answered(long eventId, String respondentKey) {
        return jdbc.sql("select count(*) from closing_respondent where event_id = ? and respondent_hash = ?")
                .params(eventId, mark(respondentKey, eventId)).query(Long.class).single() > 0;
    }

    /**
     * What is wrong with these replies (question id to message key); none means {@link #answer} will take them.
     * Replies to questions of another event are ignored.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> problems(long eventId, Map<Long, ClosingReply> replies) {
        Map<Long, String> problems = new LinkedHashMap<>();
        for (ClosingQuestion question : ofEvent(eventId)) {
            String problem = replies.getOrDefault(question.requireId(), ClosingReply.none()).problem(question);
            if (problem != null) {
                problems.put(question.requireId(), problem);
            }
        }
        return problems;
    }

    /**
     * Stores one visitor's answers, replacing this respondent's earlier ones. Unanswered optional questions store
     * nothing. Throws when {@link #problems} finds any.
     */
    @Transactional
    public void answer(long eventId, String respondentKey, Map<Long, ClosingReply> replies, String channel) {
        storage.requireWritable();
        if (!problems(eventId, replies).isEmpty()) {
            throw new IllegalArgumentException("The closing answers have problems");
        }
        String respondent = mark(respondentKey, eventId);
        Optional<String> earlier = jdbc.sql(
                "select submission from closing_respondent where event_id = ? and respondent_hash = ?")
                .params(eventId, respondent).query(String.class).optional();
        String submission;
        if (earlier.isPresent()) {
            submission = earlier.get();
            jdbc.sql("delete from closing_answer where submission = ?").param(submission).update();
        } else {
            // Random, not derived from the respondent: the answers alone lead to nobody.
            submission = UUID.randomUUID().toString();
            jdbc.sql("insert into closing_respondent (event_id, respondent_hash, submission) values (?, ?, ?)")
                    .params(eventId, respondent, submission).update();
        }
        LocalDate today = LocalDate.now(clock);
        for (ClosingQuestion question : ofEvent(eventId)) {
            ClosingReply reply = replies.getOrDefault(question.requireId(), ClosingReply.none());
            if (reply.empty()) {
                continue;
            }
            jdbc.sql("""
                    insert into closing_answer (event_id, question_id, submission, choice, answer_text, channel, answered_on)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(eventId, question.requireId(), submission,
                            new SqlParameterValue(Types.INTEGER, question.kind() == ClosingKind.TEXT ? null : reply.choice()),
                            new SqlParameterValue(Types.VARCHAR, question.kind() == ClosingKind.TEXT ? reply.text() : null),
                            channel, today)
                    .update();
        }
    }

    /** How many visitors answered the event's closing questions. */
    @Transactional(readOnly = true)
    public long respondents(long eventId) {
        return jdbc.sql("select count(distinct submission) from closing_answer where event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    /** Each question's result, in the questions' order. */
    @Transactional(readOnly = true)
    public List<ClosingResult> results(long eventId) {
        List<ClosingResult> results = new ArrayList<>();
        for (ClosingQuestion question : ofEvent(eventId)) {
            Map<Integer, Long> distribution = new LinkedHashMap<>();
            switch (question.kind()) {
                case CHOICE -> {
                    for (int i = 0; i < question.options(Locale.ROOT).size(); i++) {
                        distribution.put(i, 0L);
                    }
                }
                case SCALE -> {
                    for (int v = -2; v <= 2; v++) {
                        distribution.put(v, 0L);
                    }
                }
                case TEXT -> { }
            }
            jdbc.sql("select choice, count(*) from closing_answer where question_id = ? and choice is not null group by choice")
                    .param(question.requireId())
                    .query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2))).list()
                    .forEach(e -> distribution.computeIfPresent(e.getKey(), (k, n) -> n + e.getValue()));
            List<String> texts = jdbc.sql(
                    "select answer_text from closing_answer where question_id = ? and answer_text is not null order by id")
                    .param(question.requireId())
                    .query((rs, row) -> java.util.Objects.requireNonNullElse(rs.getString(1), "")).list();
            long count = question.kind() == ClosingKind.TEXT ? texts.size()
                    : distribution.values().stream().mapToLong(Long::longValue).sum();
            results.add(new ClosingResult(question, count, distribution, texts));
        }
        return results;
    }

    /**
     * Every answer as a table, one row per visitor and a column per question, in {@code locale}: what the harvest's
     * and the evaluation's exports hand out. The submission stays out: a row number is enough to read it.
     */
    @Transactional(readOnly = true)
    public ExportTable export(long eventId, Locale locale, String numberHeader, String dateHeader, String channelHeader) {
        List<ClosingQuestion> all = ofEvent(eventId);
        List<ExportTable.Column> header = new ArrayList<>();
        header.add(ExportTable.Column.of(numberHeader, ExportTable.Kind.NUMBER));
        header.add(ExportTable.Column.of(dateHeader, ExportTable.Kind.TEXT));
        header.add(ExportTable.Column.of(channelHeader, ExportTable.Kind.TEXT));
        for (ClosingQuestion question : all) {
            header.add(ExportTable.Column.of(question.text().in(locale),
                    question.kind() == ClosingKind.SCALE ? ExportTable.Kind.NUMBER : ExportTable.Kind.TEXT));
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        record Row(String submission, LocalDate on, String channel, long question, @Nullable Integer choice,
                @Nullable String text) {
        }
        List<Row> answers = jdbc.sql("""
                select submission, answered_on, channel, question_id, choice, answer_text from closing_answer
                where event_id = ? order by answered_on, id""").param(eventId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getLong(4), (Integer) rs.getObject(5), rs.getString(6))).list();
        for (Row answer : answers) {
            List<String> row = rows.computeIfAbsent(answer.submission(), s -> {
                List<String> fresh = new ArrayList<>();
                fresh.add(String.valueOf(rows.size() + 1));
                fresh.add(answer.on().toString());
                fresh.add(answer.channel());
                all.forEach(q -> fresh.add(""));
                return fresh;
            });
            for (int i = 0; i < all.size(); i++) {
                ClosingQuestion question = all.get(i);
                if (question.requireId() == answer.question()) {
                    row.set(3 + i, switch (question.kind()) {
                        case CHOICE -> answer.choice() == null ? "" : question.options(locale).get(answer.choice());
                        case SCALE -> answer.choice() == null ? "" : String.valueOf(answer.choice());
                        case TEXT -> answer.text() == null ? "" : answer.text();
                    });
                }
            }
        }
        return new ExportTable(header, new ArrayList<>(rows.values()));
    }

    /** A question's result in a line, in {@code locale}: the answers and the scale's mean, or the top choice. */
    public String summary(ClosingResult result, Locale locale) {
        return ClosingFigures.summary(result, locale, translations);
    }

    private ClosingQuestion get(long id) {
        return questions.findById(id).orElseThrow(() -> new NoSuchElementException("No closing question " + id));
    }

    private static String mark(String respondentKey, long eventId) {
        return VoterTags.tag(respondentKey, "closing:" + eventId);
    }
}
