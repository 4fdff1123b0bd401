package org.customerhub.matching;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model versions in the match_model table; every change of the active version is in the audit log. */
@Singleton
public class StoredModelVersions implements ModelVersions {
    private static final String VERSION_PREFIX = "trained-";
    private final StoredMatchModelRepository models;
    private final AuditLog audit;

    public StoredModelVersions(StoredMatchModelRepository models, AuditLog audit) {
        this.models = models;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<MatchModel> active() {
        return models.findByStatusOrderByIdDesc(StoredMatchModel.Status.ACTIVE.name()).stream().findFirst().map(StoredModelVersions::model);
    }

    @Override
    @Transactional
    public MatchModel store(MatchModel trained, String trainedBy, Instant trainedAt, TrainingSummary summary) {
        String version = VERSION_PREFIX + (models.count() + 1);
        MatchModel versioned = trained.withVersion(version);
        models.retireActive();
        models.save(new StoredMatchModel(version, Json.write(versioned.parameters()), trainedAt, trainedBy, Json.write(summary)));
        audit.record(trainedBy, "MODEL_TRAINED", "match-model:" + version, "trained from " + summary.records()
                + " records, " + summary.approvedLabels() + " approved merges, " + summary.notAMatchLabels() + " not-a-match assertions");
        return versioned;
    }

    @Override
    @Transactional
    public Optional<MatchModel> activate(String version, String actor) {
        if (!models.existsByVersion(version)) return Optional.empty();
        // bulk updates, so that no entity loaded earlier in this transaction hides the change
        models.retireActive();
        models.activateVersion(version);
        audit.record(actor, "MODEL_ACTIVATED", "match-model:" + version, "made the active match model");
        return models.findByVersion(version).map(StoredModelVersions::model);
    }

    @Override
    @Transactional
    public void retireAll(String actor) {
        models.retireActive();
        audit.record(actor, "MODEL_ACTIVATED", "match-model:starting", "every trained model retired: the starting model applies");
    }

    @Override
    @Transactional
    public List<Info> list() {
        return models.findByIdGreaterThanOrderByIdDesc(0L).stream().map(m -> new Info(m.getVersion(), m.getStatus(), m.getTrainedAt(),
                m.getTrainedBy(), Json.read(m.getTrainingSummary(), new TypeReference<LinkedHashMap<String, Object>>() { }))).toList();
    }

    private static MatchModel model(StoredMatchModel stored) {
        Map<String, Object> parameters = Json.readMap(stored.getParameters());
        return MatchModel.fromParameters(stored.getVersion(), parameters);
    }
}
