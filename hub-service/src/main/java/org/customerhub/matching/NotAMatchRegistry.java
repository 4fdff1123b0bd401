package org.customerhub.matching;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps not-a-match assertions between source records. */
@Singleton
public class NotAMatchRegistry {
    private final NotAMatchRepository assertions;

    public NotAMatchRegistry(NotAMatchRepository assertions) {
        this.assertions = assertions;
    }

    @Transactional
    public void assertNotAMatch(long recordA, long recordB, String actor, String reason) {
        if (!assertions.existsByRecordLowIdAndRecordHighId(Math.min(recordA, recordB), Math.max(recordA, recordB))) {
            assertions.save(new NotAMatch(recordA, recordB, actor, reason));
        }
    }

    /** The records asserted to be different people from the given record. */
    @Transactional
    public Set<Long> differentFrom(long recordId) {
        Set<Long> others = new HashSet<>();
        for (NotAMatch n : assertions.findByRecordLowIdOrRecordHighId(recordId, recordId)) {
            others.add(n.getRecordLowId() == recordId ? n.getRecordHighId() : n.getRecordLowId());
        }
        return others;
    }

    /** Whether any record of {@code a} is asserted to be a different person from any record of {@code b}. */
    @Transactional
    public boolean anyBetween(Collection<Long> a, Collection<Long> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<Long> left = new HashSet<>(a);
        Set<Long> right = new HashSet<>(b);
        return assertions.findByRecordLowIdInOrRecordHighIdIn(left, left).stream().anyMatch(n ->
                left.contains(n.getRecordLowId()) && right.contains(n.getRecordHighId())
                        || left.contains(n.getRecordHighId()) && right.contains(n.getRecordLowId()));
    }

    /** Withdraws an assertion (a steward's revocation, audited by the caller); false when there was none. */
    @Transactional
    public boolean revoke(long recordA, long recordB) {
        long low = Math.min(recordA, recordB);
        long high = Math.max(recordA, recordB);
        java.util.Optional<NotAMatch> found = assertions.findByRecordLowIdOrRecordHighId(low, low).stream()
                .filter(n -> n.getRecordLowId() == low && n.getRecordHighId() == high).findFirst();
        found.ifPresent(assertions::delete);
        return found.isPresent();
    }

    /** Every assertion, as training labels: these pairs are different people. */
    @Transactional
    public List<LabelledPair> asLabels() {
        return assertions.findAll().stream().map(n -> new LabelledPair(n.getRecordLowId(), n.getRecordHighId(), false)).toList();
    }
}
