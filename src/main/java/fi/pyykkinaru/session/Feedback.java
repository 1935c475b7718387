package fi.pyykkinaru.session;

import fi.pyykkinaru.staff.AuditLog;
import fi.pyykkinaru.storage.StorageHealth;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes and results. A voter (a badge's voting secret, a phone's cookie, or one kiosk visitor) has one answer per
 * session: voting again changes it. Who voted is kept apart from what was answered, as the voter's mark for this
 * session ({@link VoterTags}), so a second vote is recognised when the voter shows their key again, while nothing
 * stored tells whose an answer is or which answers share a voter.
 */
@Service
public class Feedback {

    private final AnswerRepository answers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final StorageHealth storage;
    private final AuditLog audit;
    private final LiveResults live;

    Feedback(AnswerRepository answers, JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock,
            StorageHealth storage, AuditLog audit, LiveResults live) {
        this.live = live;
        this.storage = storage;
        this.audit = audit;
        this.answers = answers;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Records the voter's choice, or changes it if this voter has already answered; returns the answer. */
    @Transactional
    public Answer vote(Session session, String voterKey, Score score, Channel channel) {
        storage.requireWritable();
        if (channel.countedByStaff()) {
            throw new IllegalArgumentException("Staff enter " + channel + " answers as counts");
        }
        long sessionId = session.requireId();
        String voter = mark(voterKey, sessionId);
        Optional<String> earlier = jdbc.sql("select answer_id from feedback_voter where session_id = ? and voter_hash = ?")
                .params(sessionId, voter).query(String.class).optional();
        Answer answer;
        if (earlier.isPresent()) {
            Answer previous = answers.findById(earlier.get()).orElseThrow();
            answer = answers.save(previous.withScore(score, channel));
            live.voted(sessionId, previous.scoreValue(), score);
        } else {
            answer = answers.save(Answer.create(sessionId, score, channel, LocalDate.now(clock)));
            // The primary key (session, voter) makes a simultaneous second first vote fail here, not count twice. No
            // time beside the mark: next to a registration's time it would tell whose the answer is.
            jdbc.sql("insert into feedback_voter (session_id, voter_hash, answer_id) values (?, ?, ?)")
                    .params(sessionId, voter, answer.id()).update();
            live.voted(sessionId, null, score);
        }
        publisher.publishEvent(new FeedbackChanged(sessionId));
        return answer;
    }

    /** The answer this voter gave on the session, if any. */
    @Transactional(readOnly = true)
    public Optional<Answer> answerOf(Session session, String voterKey) {
        // One statement, not the mark's row and then the answer's: every phone's page after its vote asks this.
        return jdbc.sql("""
                        select a.* from feedback_voter v join feedback_answer a on a.id = v.answer_id
                        where v.session_id = ? and v.voter_hash = ?""")
                .params(session.requireId(), mark(voterKey, session.requireId())).query(Answer.class).optional();
    }

    /** Adds the optional comment, region, organisation type and attendance to an answer. */
    @Transactional
    public Answer addDetails(String answerId, AnswerDetails details) {
        storage.requireWritable();
        String problem = details.commentProblem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Answer answer = answers.findById(answerId).orElseThrow(() -> new NoSuchElementException("No answer"));
        Answer saved = answers.save(answer.withDetails(details));
        publisher.publishEvent(new FeedbackChanged(answer.sessionId()));
        return saved;
    }

    /** Staff's count of paper or remote answers for one choice; replaces the earlier count. */
    @Transactional
    public void count(Session session, Channel channel, Score score, int answersCounted) {
        if (!channel.countedByStaff() || answersCounted < 0) {
            throw new IllegalArgumentException("Counts are for paper or remote answers, zero or more");
        }
        long sessionId = session.requireId();
        int updated = jdbc.sql("update feedback_tally set answers = ? where session_id = ? and channel = ? and score = ?")
                .params(answersCounted, sessionId, channel.name(), score.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into feedback_tally (session_id, channel, score, answers) values (?, ?, ?, ?)")
                    .params(sessionId, channel.name(), score.value(), answersCounted).update();
        }
        audit.record("feedback.count", "session " + session.token() + ": " + channel.name().toLowerCase(java.util.Locale.ROOT)
                + " " + score.value() + " = " + answersCounted);
        live.changedOtherwise(sessionId);
        publisher.publishEvent(new FeedbackChanged(sessionId));
    }

    /** The session's result, kept in memory between votes ({@link LiveResults}); counted in the database when needed. */
    @Transactional(readOnly = true)
    public FeedbackResult result(Session session) {
        long sessionId = session.requireId();
        return live.result(sessionId, () -> count(sessionId));
    }

    private FeedbackResult count(long sessionId) {
        Map<Score, Long> distribution = new EnumMap<>(Score.class);
        jdbc.sql("select score, count(*) from feedback_answer where session_id = ? group by score").param(sessionId)
                .query((rs, row) -> Map.entry(Score.of(rs.getInt(1)), rs.getLong(2)))
                .list().forEach(e -> distribution.merge(e.getKey(), e.getValue(), Long::sum));
        long[] staff = {0};
        jdbc.sql("select score, sum(answers) from feedback_tally where session_id = ? group by score").param(sessionId)
                .query((rs, row) -> Map.entry(Score.of(rs.getInt(1)), rs.getLong(2)))
                .list().forEach(e -> {
                    distribution.merge(e.getKey(), e.getValue(), Long::sum);
                    staff[0] += e.getValue();
                });
        return new FeedbackResult(distribution, staff[0]);
    }

    private static String mark(String voterKey, long sessionId) {
        return VoterTags.tag(voterKey, "feedback:" + sessionId);
    }
}
