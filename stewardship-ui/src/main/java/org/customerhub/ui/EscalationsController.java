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
import org.customerhub.stewardship.Escalations;
import org.customerhub.stewardship.TaskAssignment;

import java.util.Map;

/** The steward lead's page of overdue reviews: who holds them, reassigning them, acknowledging the escalation. */
@Controller("/ui/escalations")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EscalationsController {
    private static final int PAGE_SIZE = 50;
    private final Escalations escalations;
    private final TaskAssignment assignment;

    public EscalationsController(Escalations escalations, TaskAssignment assignment) {
        this.escalations = escalations;
        this.assignment = assignment;
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @QueryValue(defaultValue = "0") int page, @Nullable @QueryValue String notice) {
        Principal lead = Pages.require(request, Role.STEWARD_LEAD);
        Map<String, Object> model = Pages.model(request);
        int current = Pages.paging(model, page, escalations.countOpen(lead), PAGE_SIZE);
        model.put("escalations", escalations.open(lead, current * PAGE_SIZE, PAGE_SIZE));
        model.put("stewards", assignment.assignableStewards());
        model.put("back", current == 0 ? "/ui/escalations" : "/ui/escalations?page=" + current);
        model.put("notice", notice);
        return Pages.page(request, "escalations", model);
    }

    @Post("/{taskId}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledge(HttpRequest<?> request, String taskId, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal lead = Pages.require(request, Role.STEWARD_LEAD);
        long reviewId = escalations.acknowledge(taskId, lead, form.get("comment"));
        return Pages.backWithNotice("/ui/escalations", "Escalation of review " + reviewId + " acknowledged; the review stays with the stewards");
    }
}
