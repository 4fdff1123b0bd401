package org.customerhub.matching;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The model the hub scores with: the active stored version, or the starting model from the configuration when
 * none is stored. Read once per decision, so that a decision is made with one model from start to end. Another
 * hub node's retrain or rollback is picked up by a periodic check.
 */
@Singleton
public class ActiveModel {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveModel.class);
    private final MatchModel starting;
    private final ModelVersions versions;
    private volatile MatchModel current;

    public ActiveModel(MatchSettings settings, ModelVersions versions) {
        this.starting = settings.startingModel();
        this.versions = versions;
    }

    public MatchModel current() {
        MatchModel model = current;
        if (model != null) return model;
        synchronized (this) {
            if (current == null) {
                current = load();
                LOG.info("match model {} in use", current.version());
            }
            return current;
        }
    }

    /** The starting model from the configuration. */
    public MatchModel starting() {
        return starting;
    }

    /** Scores with this model from now on. */
    public void use(MatchModel model) {
        current = model.alignedTo(starting);
        LOG.info("match model {} in use", model.version());
    }

    /**
     * Makes a version the one in use: a stored version, or the starting model's version, which retires every stored
     * one. Empty when there is no such version.
     */
    public Optional<MatchModel> activate(String version, String actor) {
        Optional<MatchModel> chosen;
        if (version.equals(starting.version())) {
            versions.retireAll(actor);
            chosen = Optional.of(starting);
        } else {
            chosen = versions.activate(version, actor);
        }
        chosen.ifPresent(this::use);
        return chosen;
    }

    @Scheduled(fixedDelay = "${hub.matching.model-refresh:60s}", initialDelay = "${hub.matching.model-refresh:60s}")
    void refresh() {
        try {
            MatchModel stored = load();
            if (current == null || !stored.version().equals(current.version())) use(stored);
        } catch (RuntimeException e) {
            LOG.warn("match model check failed, keeping {}: {}", current == null ? "none" : current.version(), e.toString());
        }
    }

    private MatchModel load() {
        return versions.active().map(m -> m.alignedTo(starting)).orElse(starting);
    }
}
