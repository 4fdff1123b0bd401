package org.customerhub.mastering;

import org.customerhub.common.RequestRefused;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a master change again when it lost an optimistic-locking race: masters carry a version, so of two
 * concurrent changes of one master the second fails at commit instead of silently overwriting the first.
 * Repeating the whole change (in a fresh transaction, reading the winner's state) loses neither; if a master
 * stays contended the caller gets a 409 to retry later. Call it outside any transaction.
 */
public final class Conflicts {
    static final int ATTEMPTS = 6;

    private Conflicts() {
    }

    public static <T> T retried(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (RuntimeException e) {
                if (!isConcurrentUpdate(e)) throw e;
                if (attempt >= ATTEMPTS) {
                    throw RequestRefused.conflict("Concurrent change",
                            "the master was being changed by someone else at the same time; try again");
                }
                pause(attempt);
            }
        }
    }

    /** A stale version, or a lock the database gave up waiting for (H2's lock timeout, a PostgreSQL deadlock). */
    static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("HYT00") || sql.getSQLState().startsWith("40"))) return true;
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a master change", e);
        }
    }
}
