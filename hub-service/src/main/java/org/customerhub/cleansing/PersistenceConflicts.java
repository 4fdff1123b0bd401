package org.customerhub.cleansing;

import java.sql.SQLException;

/**
 * Recognises the two ways a concurrent writer shows up in a failed write: a unique constraint (another node or thread
 * stored the same proposal first) and a stale version (a proposal changed meanwhile). Both are races to be answered,
 * not failures of the hub.
 */
final class PersistenceConflicts {
    private PersistenceConflicts() {
    }

    /** SQL state class 23: integrity constraint violation (H2 and PostgreSQL alike). */
    static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) return true;
        }
        return false;
    }

    static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof io.micronaut.data.exceptions.OptimisticLockException) return true;
        }
        return false;
    }
}
