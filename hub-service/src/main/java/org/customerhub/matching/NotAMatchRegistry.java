package org.customerhub.matching;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

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

    /** Every assertion, as training labels: these pairs are different people. */
    @Transactional
    public List<LabelledPair> asLabels() {
        return assertions.findAll().stream().map(n -> new LabelledPair(n.getRecordLowId(), n.getRecordHighId(), false)).toList();
    }
}
