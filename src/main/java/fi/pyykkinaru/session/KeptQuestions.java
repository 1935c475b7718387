package fi.pyykkinaru.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each session's questions and their votes, as phones and the room's screen show them, kept in memory between
 * changes. Every phone page asked the database for them, in a transaction of its own, although most sessions have no
 * question at all: in a profile of 10,000 phones voting within a minute (issue 18) that was an eighth of the server's
 * time, and its statements queued for the database's one transaction lock behind the votes' commits.
 *
 * <p>A change told here ({@link QuestionsChanged}, published inside the change's transaction) forgets the session's
 * questions at once and again when the transaction is over, and a read that began before the change is not kept, so
 * a phone sees its own question or vote on the page it is sent to. Age puts right what another node changed.
 */
@Component
class KeptQuestions {

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** A session's questions in the order asked, and the votes of those that have any. */
    record Snapshot(List<SessionQuestion> questions, Map<Long, Long> votes) {

        Snapshot {
            questions = List.copyOf(questions);
            votes = Map.copyOf(votes);
        }
    }

    private final Map<Long, KeptValue<Snapshot>> sessions = new ConcurrentHashMap<>();

    /** The session's questions: those kept, or {@code read} now. */
    Snapshot of(long sessionId, Supplier<Snapshot> read) {
        KeptValue<Snapshot> entry = sessions.computeIfAbsent(sessionId, id -> new KeptValue<>(FRESH_NANOS));
        @Nullable Snapshot kept = entry.fresh();
        if (kept != null) {
            return kept;
        }
        long generation = entry.generation();
        Snapshot snapshot = read.get();
        entry.keep(snapshot, generation);
        return snapshot;
    }

    @EventListener
    void on(QuestionsChanged changed) {
        KeptValue<Snapshot> entry = sessions.get(changed.sessionId());
        if (entry == null) {
            return;
        }
        entry.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entry.forget();
                }
            });
        }
    }
}
