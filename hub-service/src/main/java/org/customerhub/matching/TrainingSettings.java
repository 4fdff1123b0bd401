package org.customerhub.matching;

/**
 * How a retrain estimates the model, from {@code hub.matching.training} in config/. Every bound keeps a retrain's
 * time and memory in check on a large hub; the seed makes a retrain of the same data give the same model.
 *
 * @param maxRecords          records sampled from the hub (all of them when there are fewer)
 * @param randomPairs         random record pairs that estimate u
 * @param maxPairsPerRule     candidate pairs per blocking rule that EM estimates m from
 * @param maxBlockSize        records taken from one block (a very common key) at most
 * @param maxIterations       EM iterations per blocking rule at most
 * @param tolerance           EM stops when no parameter moves by more than this
 * @param labelWeight         how many pairs one steward decision counts as
 * @param startingUPairs      how many random pairs' worth of the starting model's u the estimate is pulled towards
 * @param startingMPairs      how many matching pairs' worth of the starting model's m the estimate is pulled towards
 * @param minProbability      floor (and 1 minus ceiling) of every m, u and lambda: no level is ever certain
 * @param seed                of the samples
 */
public record TrainingSettings(int maxRecords, int randomPairs, int maxPairsPerRule, int maxBlockSize, int maxIterations,
                               double tolerance, double labelWeight, double startingUPairs, double startingMPairs,
                               double minProbability, long seed) {

    public TrainingSettings {
        if (maxRecords < 2 || randomPairs < 1 || maxPairsPerRule < 1 || maxBlockSize < 2 || maxIterations < 1)
            throw new IllegalArgumentException("hub.matching.training: record, pair, block and iteration bounds must be positive");
        if (!(tolerance > 0) || !(labelWeight >= 0) || !(startingUPairs >= 0) || !(startingMPairs >= 0))
            throw new IllegalArgumentException("hub.matching.training: tolerance must be > 0, weights >= 0");
        if (!(minProbability > 0 && minProbability < 0.01))
            throw new IllegalArgumentException("hub.matching.training: min-probability must lie in (0, 0.01)");
    }
}
