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
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.stewardship.RecordComparison;
import org.customerhub.stewardship.TaskAssignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Comparing up to five records (of a review, or any) and deferring a review. */
@Controller("/ui")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewWorkController {
    private final RecordComparison comparison;
    private final TaskAssignment assignment;
    private final StewardPagesController reviewPages;

    public ReviewWorkController(RecordComparison comparison, TaskAssignment assignment, StewardPagesController reviewPages) {
        this.comparison = comparison;
        this.assignment = assignment;
        this.reviewPages = reviewPages;
    }

    /** {@code /ui/compare?records=12,15,31} (source record ids) or {@code /ui/compare?review=7}. */
    @Get("/compare")
    public HttpResponse<?> compare(HttpRequest<?> request, @Nullable @QueryValue String records, @Nullable @QueryValue Long review) {
        Principal steward = Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        if (review != null) {
            reviewPages.reviewParts(model, review);
            model.put("comparison", comparison.forReview(steward, review));
            model.put("back", "/ui/compare?review=" + review);
        } else {
            model.put("comparison", comparison.of(steward, recordIds(records)));
        }
        return Pages.page(request, "compare", model);
    }

    @Post("/reviews/{id}/defer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> defer(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        Instant until = TaskAssignment.followUp(Pages.given(form.get("until")));
        boolean release = "true".equals(form.get("release"));
        assignment.defer(id, steward, until, release, form.get("comment"));
        String notice = "Review " + id + " deferred" + (until == null ? "" : " until " + form.get("until").strip())
                + (release ? " and back in the queue" : "");
        return Pages.backWithNotice("/ui/inbox", notice);
    }

    private static List<Long> recordIds(String records) {
        List<Long> ids = new ArrayList<>();
        for (String part : (records == null ? "" : records).split(",")) {
            if (part.isBlank()) continue;
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw RequestRefused.invalid("Unknown record", List.of(new Violation("records", "'" + part.strip() + "' is not a record id")));
            }
        }
        return ids;
    }
}
