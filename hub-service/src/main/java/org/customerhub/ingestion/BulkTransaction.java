package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * One transaction around several lines of a bulk push, so that their database work is committed once instead of in
 * two to three transactions per line. Any failure rolls all of them back; the caller then repeats the lines one by
 * one, each in its own transactions, so that a bad line is answered alone.
 */
@Singleton
public class BulkTransaction {
    private final EntityManager entities;

    public BulkTransaction(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }

    /**
     * Writes what a line changed and forgets the entities it read: the next line reads what it needs again, and the
     * persistence context does not grow with the batch (every query flushes it, checking every entity it holds).
     */
    public void lineDone() {
        entities.flush();
        entities.clear();
    }
}
