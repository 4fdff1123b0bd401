package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.Violation;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.MappingVersions;
import org.customerhub.stewardship.MappingApprovals;
import org.customerhub.stewardship.MappingWorkflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Mapping versions waiting for a steward: the list, one version's diff and samples, and the decision. */
@Controller("/api/v1/mapping-approvals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MappingApprovalsController {
    private final MappingApprovals approvals;

    public MappingApprovalsController(MappingApprovals approvals) {
        this.approvals = approvals;
    }

    @Get
    public Map<String, Object> pending(HttpRequest<?> request) {
        List<MappingApprovals.Pending> pending = approvals.pending(Callers.requireRole(request, Role.STEWARD));
        return Map.of("total", pending.size(), "pending", pending);
    }

    @Get("/{source}/{version}")
    public MappingApprovals.Review review(HttpRequest<?> request, String source, int version) {
        return approvals.review(Callers.requireRole(request, Role.STEWARD), source, version);
    }

    @Post("/{source}/{version}/decision")
    @Consumes(MediaType.ALL)
    public MappingVersions.Version decide(HttpRequest<?> request, String source, int version, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        List<Violation> violations = new ArrayList<>();
        DecisionBodies.Decision<MappingWorkflow.Decision> d = DecisionBodies.read(body, MappingWorkflow.Decision.class, List.of(), violations);
        DecisionBodies.refuseIfAny(violations);
        return approvals.decide(steward, source, version, d.decision(), d.comment());
    }
}
