package fi.pyykkinaru.session;

import fi.pyykkinaru.clothesline.ProfanityList;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.storage.ServerSecrets;
import fi.pyykkinaru.storage.StorageHealth;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors' questions to a session's speakers: asked and upvoted from phones (one vote per phone, like feedback),
 * moderated by the event's own rule for questions, and approved, hidden, marked answered or starred by staff and the
 * session's responsible person through the session's moderator key.
 */
@Service
public class Questions {

    private static final String MODERATOR_KEY = "question-moderator";
    private static final int SALT_DIGITS = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What an event without its own choice does: questions go up at once unless the profanity list matches. */
    public static final ModerationPolicy DEFAULT_POLICY = ModerationPolicy.FILTER;

    /** Unanswered before answered, then the most votes first, then the earliest asked: the order a chair takes them. */
    static final Comparator<AskedQuestion> SHOWN_ORDER = Comparator
            .comparing((AskedQuestion q) -> q.question().answered())
            .thenComparing(Comparator.comparingLong(AskedQuestion::votes).reversed())
            .thenComparing(q -> q.question().askedAt());

    private final SessionQuestionRepository questions;
    private final JdbcClient jdbc;
    private final ServerSecrets secrets;
    private final ProfanityList profanity;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final StorageHealth storage;
    private final KeptQuestions kept;

    Questions(SessionQuestionRepository questions, JdbcClient jdbc, ServerSecrets secrets, ProfanityList profanity,
            ApplicationEventPublisher publisher, Clock clock, StorageHealth storage, KeptQuestions kept) {
        this.kept = kept;
        this.questions = questions;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.profanity = profanity;
        this.publisher = publisher;
        this.clock = clock;
        this.storage = storage;
    }

    /** Stores a visitor's question, shown at once or held as the event's rule for questions says. */
    @Transactional
    public SessionQuestion ask(Session session, String askerKey, String body) {
        storage.requireWritable();
        ModerationPolicy policy = policy(session.eventId());
        boolean hold = switch (policy) {
            case PUBLISH -> false;
            case FILTER -> profanity.matches(body);
            case HOLD_ALL -> true;
        };
        SessionQuestion asked = questions.save(SessionQuestion.ask(session.requireId(), body,
                hold ? QuestionStatus.HELD : QuestionStatus.APPROVED, askerMark(askerKey, session.requireId()),
                clock.instant()));
        publisher.publishEvent(new QuestionsChanged(session.requireId()));
        return asked;
    }

    /**
     * One more vote for a shown question, unless this voter has already given it one. Returns whether the vote
     * counted. The table's key keeps it to one even when a phone sends the same vote twice at once.
     */
    @Transactional
    public boolean upvote(Session session, long questionId, String voterKey) {
        storage.requireWritable();
        SessionQuestion question = questions.findById(questionId)
                .filter(q -> q.sessionId() == session.requireId() && q.status() == QuestionStatus.APPROVED)
                .orElseThrow(() -> new NoSuchElementException("No shown question " + questionId));
        String voter = voteMark(voterKey, question.requireId());
        int added;
        try {
            added = jdbc.sql("""
                    insert into question_vote (question_id, voter_hash)
                    select ?, ? from (values (0)) as one (x) where not exists
                        (select 1 from question_vote where question_id = ? and voter_hash = ?)""")
                    .params(question.requireId(), voter, question.requireId(), voter)
                    .update();
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            added = 0;
        }
        if (added > 0) {
            publisher.publishEvent(new QuestionsChanged(session.requireId()));
        }
        return added > 0;
    }

    /**
     * What a phone shows: the shown questions in the order a chair takes them, and this phone's own questions
     * that wait for a moderator (nobody else sees them).
     */
    public List<AskedQuestion> onPhone(Session session, @Nullable String voterKey) {
        KeptQuestions.Snapshot snapshot = kept(session);
        List<SessionQuestion> all = snapshot.questions();
        Set<Long> voted = voterKey == null ? Set.of() : votedBy(all, voterKey);
        return all.stream()
                .map(q -> Map.entry(q, voterKey != null && askedBy(q, voterKey)))
                .filter(e -> e.getKey().status() == QuestionStatus.APPROVED
                        || e.getKey().status() == QuestionStatus.HELD && e.getValue())
                .map(e -> new AskedQuestion(e.getKey(), snapshot.votes().getOrDefault(e.getKey().id(), 0L), e.getValue(),
                        voted.contains(e.getKey().id())))
                .sorted(SHOWN_ORDER).toList();
    }

    /** What the presenter screen shows: shown questions only, the starred one first. */
    public List<AskedQuestion> onScreen(Session session) {
        KeptQuestions.Snapshot snapshot = kept(session);
        return snapshot.questions().stream()
                .filter(q -> q.status() == QuestionStatus.APPROVED)
                .map(q -> new AskedQuestion(q, snapshot.votes().getOrDefault(q.id(), 0L), false, false))
                .sorted(Comparator.comparing((AskedQuestion q) -> !q.question().starred()).thenComparing(SHOWN_ORDER))
                .toList();
    }

    /** What a moderator sees: every question, those that wait first, then as the screen shows them, hidden last. */
    @Transactional(readOnly = true)
    public List<AskedQuestion> forModerator(Session session) {
        Map<Long, Long> votes = votes(session);
        return questions.findBySessionIdOrderByAskedAtAsc(session.requireId()).stream()
                .map(q -> new AskedQuestion(q, votes.getOrDefault(q.id(), 0L), false, false))
                .sorted(Comparator.comparing((AskedQuestion q) -> switch (q.question().status()) {
                    case HELD -> 0;
                    case APPROVED -> 1;
                    case HIDDEN -> 2;
                }).thenComparing((AskedQuestion q) -> !q.question().starred()).thenComparing(SHOWN_ORDER))
                .toList();
    }

    @Transactional
    public void approve(Session session, long questionId) {
        change(session, questionId, q -> q.withStatus(QuestionStatus.APPROVED));
    }

    @Transactional
    public void hide(Session session, long questionId) {
        change(session, questionId, q -> q.withStatus(QuestionStatus.HIDDEN));
    }

    @Transactional
    public void markAnswered(Session session, long questionId, boolean answered) {
        change(session, questionId, q -> q.withAnswered(answered));
    }

    /** Stars a question for the presenter screen, or takes the star off; only one question of a session has it. */
    @Transactional
    public void star(Session session, long questionId, boolean starred) {
        if (starred) {
            questions.findBySessionIdOrderByAskedAtAsc(session.requireId()).stream()
                    .filter(q -> q.starred() && q.requireId() != questionId)
                    .forEach(q -> questions.save(q.withStarred(false)));
        }
        change(session, questionId, q -> q.withStarred(starred));
    }

    private void change(Session session, long questionId,
            java.util.function.UnaryOperator<SessionQuestion> change) {
        storage.requireWritable();
        SessionQuestion question = questions.findById(questionId)
                .filter(q -> q.sessionId() == session.requireId())
                .orElseThrow(() -> new NoSuchElementException("No question " + questionId + " on this session"));
        questions.save(change.apply(question));
        publisher.publishEvent(new QuestionsChanged(session.requireId()));
    }

    /** The event's rule for new questions. */
    @Transactional(readOnly = true)
    public ModerationPolicy policy(long eventId) {
        return jdbc.sql("select policy from question_moderation where event_id = ?").param(eventId)
                .query(String.class).optional().map(ModerationPolicy::valueOf).orElse(DEFAULT_POLICY);
    }

    @Transactional
    public void setPolicy(long eventId, ModerationPolicy policy) {
        int updated = jdbc.sql("update question_moderation set policy = ? where event_id = ?")
                .params(policy.name(), eventId).update();
        if (updated == 0) {
            jdbc.sql("insert into question_moderation (event_id, policy) values (?, ?)")
                    .params(eventId, policy.name()).update();
        }
    }

    /**
     * The key in the session's moderator link, for its responsible person (the chair) to moderate from their phone
     * without an account. Derived from the server's secret, so it needs no table and cannot be guessed from the
     * session's public code. (It names no voter: the server's secret marks no answer.)
     */
    public String moderatorKey(Session session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(MODERATOR_KEY).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(session.token().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a link's key is the session's moderator key, compared in constant time. */
    public boolean isModeratorKey(Session session, String key) {
        return MessageDigest.isEqual(moderatorKey(session).getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    /** The session's questions and votes, kept between changes ({@link KeptQuestions}): a phone page reads no table. */
    private KeptQuestions.Snapshot kept(Session session) {
        return kept.of(session.requireId(), () -> new KeptQuestions.Snapshot(
                questions.findBySessionIdOrderByAskedAtAsc(session.requireId()), votes(session)));
    }

    private Map<Long, Long> votes(Session session) {
        return jdbc.sql("""
                select v.question_id, count(*) from question_vote v
                join session_question q on q.id = v.question_id
                where q.session_id = ? group by v.question_id""")
                .param(session.requireId())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The questions this voter has voted up: their mark differs on each question, so each is looked for. */
    private Set<Long> votedBy(List<SessionQuestion> all, String voterKey) {
        if (all.isEmpty()) {
            return Set.of();
        }
        List<String> marks = all.stream().map(q -> voteMark(voterKey, q.requireId())).toList();
        return Set.copyOf(jdbc.sql("select question_id from question_vote where voter_hash in (:marks)")
                .param("marks", marks).query(Long.class).list());
    }

    /**
     * A question's asker, marked under a salt of the question's own (kept in front of the mark), so that one phone's
     * questions share nothing: the phone finds its own by trying each question's salt.
     */
    private static String askerMark(String askerKey, long sessionId) {
        byte[] salt = new byte[SALT_DIGITS / 2];
        RANDOM.nextBytes(salt);
        return askerMark(askerKey, sessionId, HexFormat.of().formatHex(salt));
    }

    private static String askerMark(String askerKey, long sessionId, String salt) {
        return salt + VoterTags.tag(askerKey, "question-asker:" + sessionId + ":" + salt).substring(0, SALT_DIGITS);
    }

    private static boolean askedBy(SessionQuestion question, String askerKey) {
        String stored = question.askerHash();
        if (stored.length() != 2 * SALT_DIGITS) {
            return false;
        }
        String mark = askerMark(askerKey, question.sessionId(), stored.substring(0, SALT_DIGITS));
        return MessageDigest.isEqual(mark.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
    }

    private static String voteMark(String voterKey, long questionId) {
        return VoterTags.tag(voterKey, "question-vote:" + questionId);
    }
}
