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
import org.customerhub.common.Violation;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.stewardship.ReviewDetail;
import org.customerhub.stewardship.ReviewService;
import org.customerhub.stewardship.ReviewWorkflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Merge reviews for stewards: the open tasks, one review's comparison, and the decision. */
@Controller("/api/v1/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewsController {
    private final ReviewService reviews;
    private final ReviewWorkflow workflow;

    public ReviewsController(ReviewService reviews, ReviewWorkflow workflow) {
        this.reviews = reviews;
        this.workflow = workflow;
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
}
