package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.MappingVersions;
import org.customerhub.stewardship.MappingApprovals;
import org.customerhub.stewardship.MappingWorkflow;

import java.util.Map;

/** The stewards' pages for mapping changes: what waits for approval, one change with its diff and samples, the decision. */
@Controller("/ui/mappings")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MappingApprovalPagesController {
    private final MappingApprovals approvals;

    public MappingApprovalPagesController(MappingApprovals approvals) {
        this.approvals = approvals;
    }

    @Get
    public HttpResponse<?> pending(HttpRequest<?> request, @Nullable @QueryValue String notice) {
        Principal steward = Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        model.put("pending", approvals.pending(steward));
        model.put("notice", notice);
        return Pages.page(request, "mappings", model);
    }

    @Get("/{source}/{version}")
    public HttpResponse<?> review(HttpRequest<?> request, String source, int version, @Nullable @QueryValue String notice) {
        Principal steward = Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        MappingApprovals.Review review = approvals.review(steward, source, version);
        model.put("review", review);
        model.put("v", review.version());
        model.put("mayDecide", review.version().pending() && !review.version().createdBy().equals(steward.name()));
        model.put("notice", notice);
        return Pages.page(request, "mapping", model);
    }

    @Post("/{source}/{version}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, String source, int version, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        MappingWorkflow.Decision decision = Pages.decision(form, MappingWorkflow.Decision.class);
        MappingVersions.Version decided = approvals.decide(steward, source, version, decision, form.get("comment"));
        String notice = decided.status().equals("ACTIVE")
                ? "Version " + version + " of " + source + " approved: new records are read with it"
                : "Version " + version + " of " + source + " rejected: the active version stays in use";
        return Pages.backWithNotice("/ui/mappings", notice);
    }
}
