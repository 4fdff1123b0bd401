package org.customerhub.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where trained models are kept, one version each; at most one is active. */
public interface ModelVersions {

    /** The active trained model; empty when none is stored (or all are retired): the starting model applies. */
    Optional<MatchModel> active();

    /** Stores a trained model as the next version, makes it active and retires the one before. */
    MatchModel store(MatchModel trained, String trainedBy, Instant trainedAt, TrainingSummary summary);

    /** Makes a stored version active again and retires the others; empty when there is no such version. */
    Optional<MatchModel> activate(String version, String actor);

    /** Retires every stored version, so that the starting model from the configuration applies again. */
    void retireAll(String actor);

    /** Every stored version, newest first. */
    List<Info> list();

    record Info(String version, String status, Instant trainedAt, String trainedBy, Map<String, Object> summary) {
    }
}
