package org.customerhub.stewardship;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.repository.GenericRepository;
import org.customerhub.matching.StoredMatchDecision;

import java.time.Instant;

/** Read-only: how matching decided (match_decision.outcome), for the stewards' dashboard. */
@Repository
interface MatchOutcomeCounts extends GenericRepository<StoredMatchDecision, Long> {
    long countByOutcome(String outcome);

    long countByOutcomeAndDecidedAtGreaterThanEquals(String outcome, Instant since);
}
