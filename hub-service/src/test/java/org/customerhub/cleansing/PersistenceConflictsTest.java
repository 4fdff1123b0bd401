package org.customerhub.cleansing;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class PersistenceConflictsTest {

    @Test
    void aUniqueViolationDeepInTheCauseChainIsADuplicateOnH2AndPostgresAlike() {
        assertThat(PersistenceConflicts.isDuplicate(new IllegalStateException("commit failed",
                new RuntimeException(new SQLException("duplicate key value violates unique constraint", "23505"))))).isTrue();
        assertThat(PersistenceConflicts.isDuplicate(new RuntimeException(new SQLException("Unique index or primary key violation", "23505")))).isTrue();
        assertThat(PersistenceConflicts.isDuplicate(new RuntimeException(new SQLException("could not serialize access", "40001")))).isFalse();
        assertThat(PersistenceConflicts.isDuplicate(new RuntimeException("no SQL at all"))).isFalse();
    }

    @Test
    void aStaleVersionIsRecognisedWhicheverLayerReportsIt() {
        assertThat(PersistenceConflicts.isStale(new RuntimeException(new jakarta.persistence.OptimisticLockException("stale")))).isTrue();
        assertThat(PersistenceConflicts.isStale(new RuntimeException(new org.hibernate.StaleStateException("stale")))).isTrue();
        assertThat(PersistenceConflicts.isStale(new RuntimeException(new SQLException("x", "23505")))).isFalse();
    }
}
