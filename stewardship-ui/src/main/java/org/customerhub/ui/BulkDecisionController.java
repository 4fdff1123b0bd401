package org.customerhub.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.stewardship.BulkDecisions;
import org.customerhub.stewardship.ReviewWorkflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deciding several reviews of the inbox together: the selection (checkboxes named {@code review-<id>}, so that a
 * plain form map carries them all) is first shown with what will happen to each review, and decided only when the
 * steward confirms; the result page then says per review what happened.
 */
@Controller("/ui/inbox/bulk")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BulkDecisionController {
    static final String FIELD = "review-";
    private final BulkDecisions bulk;

    public BulkDecisionController(BulkDecisions bulk) {
        this.bulk = bulk;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> confirm(HttpRequest<?> request, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        ReviewWorkflow.Decision decision = Pages.decision(form, ReviewWorkflow.Decision.class);
        List<BulkDecisions.Check> checks = bulk.check(steward, selected(form));
        Map<String, Object> model = model(request, form, decision);
        model.put("checks", checks);
        model.put("decidable", checks.stream().filter(BulkDecisions.Check::decidable).count());
        return Pages.page(request, "bulk", model);
    }

    @Post("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        ReviewWorkflow.Decision decision = Pages.decision(form, ReviewWorkflow.Decision.class);
        List<BulkDecisions.Outcome> outcomes = bulk.decide(steward, selected(form), decision, form.get("comment"));
        Map<String, Object> model = model(request, form, decision);
        model.put("outcomes", outcomes);
        model.put("decided", outcomes.stream().filter(o -> !o.result().equals("REFUSED")).count());
        return Pages.page(request, "bulk", model);
    }

    private static Map<String, Object> model(HttpRequest<?> request, Map<String, String> form, ReviewWorkflow.Decision decision) {
        Map<String, Object> model = Pages.model(request);
        model.put("decision", decision.name());
        model.put("decisionLabel", decision == ReviewWorkflow.Decision.APPROVE ? "Approve merge" : "Not a match");
        model.put("comment", form.getOrDefault("comment", ""));
        model.put("back", Pages.localPath(form.get("back"), "/ui/inbox"));
        return model;
    }

    private static List<Long> selected(Map<String, String> form) {
        List<Long> ids = new ArrayList<>();
        for (String name : form.keySet()) {
            if (!name.startsWith(FIELD)) continue;
            try {
                ids.add(Long.parseLong(name.substring(FIELD.length())));
            } catch (NumberFormatException e) {
                throw RequestRefused.invalid("Unknown review", List.of(new Violation(name, "not a review of the inbox")));
            }
        }
        return ids.stream().sorted().toList();
    }
}
