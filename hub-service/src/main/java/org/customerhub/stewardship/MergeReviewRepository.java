package org.customerhub.stewardship;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@Repository
public interface MergeReviewRepository extends JpaRepository<MergeReview, Long> {
    List<MergeReview> findByStatusAndProcessInstanceIdIsNull(String status);

    List<MergeReview> findByStatusOrderById(String status);

    long countByStatus(String status);

    /** When reviews of a status were decided, since a time: the dashboard's decisions per day. */
    List<Instant> findDecidedAtByStatusAndDecidedAtGreaterThanEquals(String status, Instant since);

    /** Open reviews that ask whether these two masters are one person (either way round). */
    @Query("SELECT COUNT(r) FROM MergeReview r WHERE r.status = 'OPEN' AND ((r.recordMasterId = :a AND r.candidateMasterId = :b)"
            + " OR (r.recordMasterId = :b AND r.candidateMasterId = :a))")
    long countOpenBetween(Long a, Long b);

    /** Claims the right to start the review's process: exactly one caller gets 1. */
    @Query("UPDATE MergeReview r SET r.processInstanceId = 'starting' WHERE r.id = :id AND r.processInstanceId IS NULL")
    int claimProcessStart(Long id);

    /** Claims the open reviews among {@code ids} that nobody started or claimed, under the claim's name. */
    @Query("UPDATE MergeReview r SET r.processInstanceId = :claim WHERE r.id IN (:ids) AND r.processInstanceId IS NULL"
            + " AND r.status = 'OPEN'")
    int claimProcessStarts(Collection<Long> ids, String claim);

    List<MergeReview> findByProcessInstanceIdOrderById(String processInstanceId);

    @Query("UPDATE MergeReview r SET r.processInstanceId = NULL WHERE r.processInstanceId = :claim")
    int releaseProcessStarts(String claim);

    /** Null gives the claim back (Micronaut Data refuses a null argument not marked nullable). */
    @Query("UPDATE MergeReview r SET r.processInstanceId = :processInstanceId WHERE r.id = :id")
    int recordProcessInstance(Long id, @Nullable String processInstanceId);
}
