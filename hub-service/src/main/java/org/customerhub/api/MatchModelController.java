package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.matching.ActiveModel;
import org.customerhub.matching.MatchModel;
import org.customerhub.matching.ModelTraining;
import org.customerhub.matching.ModelVersions;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The match model: the one in use with its m, u and weight per level, its versions, a retrain that folds the
 * stewards' decisions in (admins), and going back to an earlier version (admins).
 */
@Controller("/api/v1/matching/model")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatchModelController {
    private final ActiveModel active;
    private final ModelVersions versions;
    private final ModelTraining training;

    public MatchModelController(ActiveModel active, ModelVersions versions, ModelTraining training) {
        this.active = active;
        this.versions = versions;
        this.training = training;
    }

    @Get
    public Map<String, Object> current(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        return view(active.current());
    }

    @Get("/versions")
    public Map<String, Object> versions(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        return Map.of("active", active.current().version(), "starting", active.starting().version(), "versions", versions.list());
    }

    @Post("/retrain")
    @Consumes(MediaType.ALL)
    public HttpResponse<Map<String, Object>> retrain(HttpRequest<?> request) {
        Principal admin = Callers.requireRole(request, Role.ADMIN);
        ModelTraining.Retrained retrained = training.retrain(admin.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", retrained.version());
        body.put("previousVersion", retrained.previousVersion());
        body.put("trainedAt", retrained.trainedAt());
        body.put("trainedBy", retrained.trainedBy());
        body.put("summary", retrained.summary());
        body.put("model", view(retrained.model()));
        return HttpResponse.created(body);
    }

    @Post("/versions/{version}/activate")
    @Consumes(MediaType.ALL)
    public Map<String, Object> activate(HttpRequest<?> request, String version) {
        Principal admin = Callers.requireRole(request, Role.ADMIN);
        return view(active.activate(version, admin.name()).orElseThrow(() -> RequestRefused.notFound("model version", version)));
    }

    private static void requireStewardOrAdmin(HttpRequest<?> request) {
        Principal caller = Callers.of(request);
        if (!caller.has(Role.STEWARD) && !caller.has(Role.ADMIN)) throw RequestRefused.forbidden("The match model is for stewards and admins");
    }

    static Map<String, Object> view(MatchModel model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", model.version());
        body.put("priorWeight", model.priorWeight());
        body.putAll(model.parameters());
        return body;
    }
}
