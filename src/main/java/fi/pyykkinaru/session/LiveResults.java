package fi.pyykkinaru.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each session's result as phones and results screens show it, kept in memory. Counting a session's answers in the
 * database takes time that grows with its answers, under the table's lock, and every phone page and every results
 * screen asked for it: with thousands of phones voting on one session the pages queued for the eight database
 * connections until they timed out (issue 18; a profile of 10,000 phones in 60 s had 192 of 200 request threads
 * waiting for a connection, every holder counting answers).
 *
 * <p>Exact, not a guess: a session's result is counted in the database once, then each vote committed here moves it by
 * one. A vote's transaction holds the session's read lock from its vote until it is committed or rolled back, and a
 * count from the database holds the write lock, so no vote is both inside a count and added to it afterwards. Staff's
 * counts and changes heard from another node (a shared PostgreSQL) make the next reader count again; so does age,
 * which puts right anything else that changes answers (an event removed).
 */
@Component
class LiveResults {

    /** A result older than this is counted again, whatever happened. */
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Map<Long, Entry> sessions = new ConcurrentHashMap<>();

    /** The session's result: the one kept, or {@code count} run now (inside a transaction that holds a connection). */
    FeedbackResult result(long sessionId, Supplier<FeedbackResult> count) {
        Entry entry = entry(sessionId);
        @Nullable FeedbackResult kept = entry.result.fresh();
        if (kept != null) {
            return kept;
        }
        if (entry.commits.getReadHoldCount() > 0) {
            // This thread's own vote is not committed yet: what its transaction sees, and nothing kept.
            return count.get();
        }
        entry.commits.writeLock().lock();
        try {
            kept = entry.result.fresh();
            if (kept != null) {
                return kept;
            }
            long generation = entry.result.generation();
            FeedbackResult counted = count.get();
            entry.result.keep(counted, generation);
            return counted;
        } finally {
            entry.commits.writeLock().unlock();
        }
    }

    /**
     * Called inside the transaction that stores a vote: once it commits, the kept result moves from {@code before}
     * (the voter's earlier choice, if any) to {@code after}.
     */
    void voted(long sessionId, @Nullable Score before, Score after) {
        Entry entry = entry(sessionId);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            entry.result.forget();
            return;
        }
        entry.commits.readLock().lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                entry.result.update(result -> result.moved(before, after));
            }

            @Override
            public void afterCompletion(int status) {
                entry.commits.readLock().unlock();
            }
        });
    }

    /** The session's result is counted again by the next reader once the current transaction commits. */
    void changedOtherwise(long sessionId) {
        Entry entry = entry(sessionId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entry.result.forget();
                }
            });
        } else {
            entry.result.forget();
        }
    }

    /**
     * A change told outside any transaction was made elsewhere (another node, relayed once committed there): count
     * again. The changes made here are told inside their own transaction and are already accounted for.
     */
    @EventListener
    void on(FeedbackChanged changed) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            entry(changed.sessionId()).result.forget();
        }
    }

    private Entry entry(long sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> new Entry());
    }

    private static final class Entry {

        final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();
        final KeptValue<FeedbackResult> result = new KeptValue<>(FRESH_NANOS);
    }
}
