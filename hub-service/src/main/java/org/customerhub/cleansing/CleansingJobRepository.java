package org.customerhub.cleansing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Jobs change state only by these guarded updates, so that the runner and a steward lead cancelling a job never
 * overwrite each other: each says which state it expects, and a 0 means someone else changed the job first.
 */
@Repository
public interface CleansingJobRepository extends JpaRepository<CleansingJob, Long> {
    List<CleansingJob> findByStatusInOrderById(Collection<String> statuses);

    List<CleansingJob> findBySourceIdAndStatusIn(Long sourceId, Collection<String> statuses);

    @Query("UPDATE CleansingJob j SET j.cursorRecordId = :cursor, j.processed = j.processed + 1, j.proposals = j.proposals + :proposals, "
            + "j.failures = j.failures + :failures, j.updatedAt = :now WHERE j.id = :id AND j.status = 'RUNNING'")
    int advance(Long id, long cursor, int proposals, int failures, Instant now);

    @Query("UPDATE CleansingJob j SET j.lastProblem = :problem WHERE j.id = :id")
    int noteProblem(Long id, String problem);

    @Query("UPDATE CleansingJob j SET j.status = 'WAITING', j.lastProblem = :problem, j.updatedAt = :now WHERE j.id = :id AND j.status = 'RUNNING'")
    int markWaiting(Long id, String problem, Instant now);

    @Query("UPDATE CleansingJob j SET j.status = 'RUNNING', j.updatedAt = :now WHERE j.id = :id AND j.status = 'WAITING'")
    int markRunning(Long id, Instant now);

    @Query("UPDATE CleansingJob j SET j.status = 'DONE', j.finishedAt = :now, j.updatedAt = :now WHERE j.id = :id AND j.status = 'RUNNING'")
    int markDone(Long id, Instant now);

    @Query("UPDATE CleansingJob j SET j.status = 'CANCELLED', j.finishedAt = :now, j.updatedAt = :now WHERE j.id = :id AND j.status IN ('RUNNING', 'WAITING')")
    int markCancelled(Long id, Instant now);
}
