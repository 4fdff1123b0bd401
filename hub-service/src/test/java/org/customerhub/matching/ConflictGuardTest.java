package org.customerhub.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Twins, spouses and parent and child go to a person even when the household evidence scores above auto-link. */
class ConflictGuardTest {
    private final ConflictGuard guard = ConflictGuard.STANDARD;

    @Test
    void aDifferentGivenNameConflicts() {
        assertThat(guard.conflicts(score(part("given_name", "different", "oliver", "benjamin"),
                part("date_of_birth", "exact", "1910-10-08", "1910-10-08")))).isTrue();
    }

    @Test
    void aBirthDateAGenerationApartConflictsANearerOneDoesNot() {
        assertThat(guard.conflicts(score(part("date_of_birth", "different", "1950-03-01", "1978-06-12")))).isTrue();
        assertThat(guard.conflicts(score(part("date_of_birth", "different", "1950-03-01", "1951-07-12")))).isFalse();
    }

    @Test
    void anAgreeingPersonalIdentifierSettlesIt() {
        assertThat(guard.conflicts(score(part("given_name", "different", "oliver", "benjamin"),
                part("customer_number", "exact", "1804974", "1804974")))).isFalse();
        assertThat(new ConflictGuard(guard.attributes(), 12, java.util.Set.of()).conflicts(score(
                part("given_name", "different", "oliver", "benjamin"), part("customer_number", "exact", "1", "1")))).isTrue();
    }

    @Test
    void aGuardedPairGoesToReview() {
        PairScore twins = score(part("given_name", "different", "oliver", "benjamin"));
        MatchDecision decision = MatchDecision.decide(List.of(new MasterCandidate(1, 10, twins)), 0.9, 0.5, "v", guard, (a, b) -> false);
        assertThat(decision.outcome()).isEqualTo(MatchOutcome.REVIEW);
    }

    @Test
    void aStrongLinkToTwoMastersGoesToReviewUnlessAReviewBetweenThemIsOpen() {
        PairScore strong = score(part("given_name", "exact", "anna", "anna"));
        List<MasterCandidate> two = List.of(new MasterCandidate(1, 10, strong), new MasterCandidate(2, 20, strong));

        assertThat(MatchDecision.decide(two, 0.9, 0.5, "v", guard, (a, b) -> false).outcome()).isEqualTo(MatchOutcome.REVIEW);
        MatchDecision asked = MatchDecision.decide(two, 0.9, 0.5, "v", guard, (a, b) -> a + b == 3);
        assertThat(asked.outcome()).isEqualTo(MatchOutcome.AUTO_LINK);
        assertThat(asked.best().masterId()).isEqualTo(1);
    }

    private static FieldContribution part(String attribute, String level, String left, String right) {
        return new FieldContribution(attribute, level, 0, left, right);
    }

    private static PairScore score(FieldContribution... parts) {
        return new PairScore(-10, 20, 0.999999, List.of(parts), "v");
    }
}
