package org.customerhub.cleansing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

@Repository
public interface CleansingProposalRepository extends JpaRepository<CleansingProposal, Long> {
    boolean existsBySourceRecordIdAndKindAndFingerprint(Long sourceRecordId, String kind, String fingerprint);

    List<CleansingProposal> findBySourceRecordIdAndKindAndStatus(Long sourceRecordId, String kind, String status);

    List<CleansingProposal> findBySourceRecordIdOrderById(Long sourceRecordId);

    List<CleansingProposal> findBySourceRecordIdInAndStatus(Collection<Long> sourceRecordIds, String status);

    List<CleansingProposal> findByStatusAndProcessInstanceIdIsNull(String status);

    List<CleansingProposal> findByJobIdAndKindAndStatusAndRouteOrderById(Long jobId, String kind, String status, String route);

    /** Claims the right to start the proposal's process: exactly one caller gets 1. */
    @Query("UPDATE CleansingProposal p SET p.processInstanceId = 'starting' WHERE p.id = :id AND p.processInstanceId IS NULL")
    int claimProcessStart(Long id);

    @Query("UPDATE CleansingProposal p SET p.processInstanceId = :processInstanceId WHERE p.id = :id")
    int recordProcessInstance(Long id, @Nullable String processInstanceId);
}
