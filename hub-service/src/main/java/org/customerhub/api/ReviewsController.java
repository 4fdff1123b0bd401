package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.stewardship.BulkDecisions;
import org.customerhub.stewardship.ReviewDetail;
import org.customerhub.stewardship.ReviewService;
import org.customerhub.stewardship.ReviewWorkflow;
import org.customerhub.stewardship.TaskAssignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Merge reviews for stewards: the open tasks, one review's comparison, and the decision. */
@Controller("/api/v1/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewsController {
    private final ReviewService reviews;
    private final ReviewWorkflow workflow;
    private final TaskAssignment assignment;
    private final BulkDecisions bulk;

    public ReviewsController(ReviewService reviews, ReviewWorkflow workflow, TaskAssignment assignment, BulkDecisions bulk) {
        this.bulk = bulk;
        this.reviews = reviews;
        this.workflow = workflow;
        this.assignment = assignment;
    }

    @Get
    public Map<String, Object> open(HttpRequest<?> request, @QueryValue(defaultValue = "0") int first,
                                    @QueryValue(defaultValue = "50") int max) {
        Callers.requireRole(request, Role.STEWARD);
        return Map.of("total", workflow.countOpenTasks(),
                "tasks", workflow.openTasks(Math.max(0, first), Math.max(1, Math.min(500, max))));
    }

    @Get("/{id}")
    public ReviewDetail detail(HttpRequest<?> request, long id) {
        Callers.requireRole(request, Role.STEWARD);
        return reviews.detail(id);
    }

    @Post("/{id}/decision")
    @Consumes(MediaType.ALL)
    public ReviewDetail decide(HttpRequest<?> request, long id, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        List<Violation> violations = new ArrayList<>();
        DecisionBodies.Decision<ReviewWorkflow.Decision> d = DecisionBodies.read(body, ReviewWorkflow.Decision.class, List.of(), violations);
        DecisionBodies.refuseIfAny(violations);
        reviews.decide(id, d.decision(), steward, d.comment());
        return reviews.detail(id);
    }

    /**
     * {@code {"until": "2026-12-24" or an instant, "backToQueue": true, "comment": "why"}}: the review leaves the due
     * inbox until then and/or goes back to the queue; the task stays open.
     */
    @Post("/{id}/defer")
    @Consumes(MediaType.ALL)
    public ReviewWorkflow.OpenTask defer(HttpRequest<?> request, long id, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("until", "backToQueue", "comment"), violations);
        String until = JsonBodies.text(json, "until", false, violations);
        String comment = JsonBodies.text(json, "comment", true, violations);
        Object back = json.get("backToQueue");
        if (back != null && !(back instanceof Boolean)) violations.add(new Violation("backToQueue", "must be true or false"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Cannot defer the review", violations);
        assignment.defer(id, steward, TaskAssignment.followUp(until), Boolean.TRUE.equals(back), comment);
        return workflow.taskOf(id).orElseThrow();
    }

    /**
     * {@code {"reviews": [12, 15], "decision": "APPROVE" | "REJECT", "comment": "..."}}: each review decided on its
     * own; the answer says per review what happened, and why a review was not decided.
     */
    @Post("/bulk-decision")
    @Consumes(MediaType.ALL)
    public Map<String, Object> decideTogether(HttpRequest<?> request, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        List<Violation> violations = new ArrayList<>();
        DecisionBodies.Decision<ReviewWorkflow.Decision> d = DecisionBodies.read(body, ReviewWorkflow.Decision.class, List.of("reviews"), violations);
        List<Long> ids = new ArrayList<>();
        if (!(d.json().get("reviews") instanceof List<?> list) || list.isEmpty()) {
            violations.add(new Violation("reviews", "is required: a list of review ids"));
        } else {
            for (Object id : list) {
                if (id instanceof Number n && n.longValue() == n.doubleValue()) ids.add(n.longValue());
                else violations.add(new Violation("reviews", "'" + id + "' is not a review id"));
            }
        }
        DecisionBodies.refuseIfAny(violations);
        return Map.of("results", bulk.decide(steward, ids, d.decision(), d.comment()));
    }
}
