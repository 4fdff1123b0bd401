package org.customerhub.interaction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public interface InteractionRepository extends JpaRepository<Interaction, Long> {
    Optional<Interaction> findBySourceIdAndSourceInteractionId(Long sourceId, String sourceInteractionId);

    List<Interaction> findBySourceRecordIdIn(Collection<Long> sourceRecordIds);

    /** The records that got or changed an interaction since a moment: their masters need a new look. */
    @Query("SELECT DISTINCT i.sourceRecordId FROM Interaction i WHERE i.updatedAt > :since")
    List<Long> findRecordsChangedSince(Instant since);
}
