package org.customerhub.governance;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

@Repository
public interface DefinitionVoteRepository extends JpaRepository<DefinitionVote, Long> {
    List<DefinitionVote> findByDefinitionVersionIdOrderByCastAt(Long definitionVersionId);

    Optional<DefinitionVote> findByDefinitionVersionIdAndReviewRoundAndVoter(Long definitionVersionId, int reviewRound, String voter);
}
