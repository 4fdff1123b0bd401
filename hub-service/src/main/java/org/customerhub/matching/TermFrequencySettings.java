package org.customerhub.matching;

import java.util.List;

/**
 * Term-frequency adjustment of exact agreement, from {@code hub.matching.term-frequency} in config/.
 *
 * @param attributes   the attributes whose exact agreement is weighed by how common the shared value is
 * @param priorRecords how many records' worth of the model's average u a value's share is pulled towards, so
 *                     that a small table (a new hub, a test) says little about how rare a value is
 * @param maxIncrease  at most this many bits above the model's exact weight: a unique value cannot dominate
 * @param maxDecrease  at most this many bits below it
 */
public record TermFrequencySettings(List<String> attributes, double priorRecords, double maxIncrease, double maxDecrease) {

    public TermFrequencySettings {
        attributes = List.copyOf(attributes);
        if (!(priorRecords >= 0) || !(maxIncrease >= 0) || !(maxDecrease >= 0))
            throw new IllegalArgumentException("hub.matching.term-frequency: prior-records, max-increase and max-decrease must be >= 0");
    }
}
