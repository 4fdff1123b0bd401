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
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.customerhub.stewardship.ReviewWorkflow;
import org.customerhub.stewardship.ReviewWorkflow.TaskFilter;
import org.customerhub.stewardship.TaskAssignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steward's inbox (tabs, filters, sorting, counts, paging) and the claim, release and assign actions. */
@Controller("/ui")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InboxController {
    static final int PAGE_SIZE = 50;
    private final ReviewWorkflow workflow;
    private final TaskAssignment assignment;
    private final SourceRegistry sources;

    public InboxController(ReviewWorkflow workflow, TaskAssignment assignment, SourceRegistry sources) {
        this.workflow = workflow;
        this.assignment = assignment;
        this.sources = sources;
    }

    @Get("/inbox")
    public HttpResponse<?> inbox(HttpRequest<?> request, @Nullable @QueryValue String tab, @Nullable @QueryValue String source,
                                 @Nullable @QueryValue String band, @Nullable @QueryValue String type,
                                 @Nullable @QueryValue String queue, @Nullable @QueryValue String sort,
                                 @QueryValue(defaultValue = "0") int page, @Nullable @QueryValue String notice) {
        Principal steward = Pages.require(request, Role.STEWARD);
        InboxQuery query = InboxQuery.parse(tab, source, band, type, queue, sort);
        TaskFilter filter = query.filter(steward.name());
        Map<String, Object> model = Pages.model(request);
        ReviewWorkflow.InboxCounts counts = workflow.countInbox(filter, steward.name());
        long total = count(counts.in(query.queue()), query.tab());
        int current = Pages.paging(model, page, total, PAGE_SIZE);
        model.put("q", query);
        model.put("tasks", workflow.openTasks(filter, query.order(), current * PAGE_SIZE, PAGE_SIZE));
        model.put("tabs", tabs(query, counts.in(query.queue())));
        model.put("queues", queueCounts(query, counts));
        model.put("bands", InboxQuery.BANDS);
        model.put("sources", sources.list().stream().map(SourceInfo::code).toList());
        model.put("stewards", assignment.assignableStewards());
        model.put("back", query.link(current));
        model.put("notice", notice);
        return Pages.page(request, "inbox", model);
    }

    @Post("/reviews/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> claim(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        assignment.claim(id, steward);
        return Pages.backWithNotice(back(form, id), "Review " + id + " is now yours");
    }

    @Post("/reviews/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> release(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        assignment.release(id, steward);
        return Pages.backWithNotice(back(form, id), "Review " + id + " is back in the unassigned tasks");
    }

    @Post("/reviews/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assign(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal lead = Pages.require(request, Role.STEWARD_LEAD);
        assignment.assign(id, form.get("assignee"), lead);
        return Pages.backWithNotice(back(form, id), "Review " + id + " assigned to " + form.get("assignee").strip());
    }

    private static String back(Map<String, String> form, long reviewId) {
        return Pages.localPath(form.get("back"), "/ui/reviews/" + reviewId);
    }

    public record Tab(String key, String label, long count, String href, boolean current) {
    }

    public record QueueCount(String queue, long count, String href, boolean current) {
    }

    /** The tabs with their counts, in the current queue and under the other filters. */
    private static List<Tab> tabs(InboxQuery query, ReviewWorkflow.TabCounts counts) {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(tab(query, "mine", "My tasks", counts.mine()));
        tabs.add(tab(query, "unassigned", "Unassigned", counts.unassigned()));
        tabs.add(tab(query, "all", "All", counts.all()));
        // deferred reviews wait out of the way until their follow-up date, whoever holds them
        tabs.add(tab(query, "deferred", "Deferred", counts.deferred()));
        return tabs;
    }

    private static long count(ReviewWorkflow.TabCounts counts, String tab) {
        return switch (tab) {
            case "mine" -> counts.mine();
            case "unassigned" -> counts.unassigned();
            case "deferred" -> counts.deferred();
            default -> counts.all();
        };
    }

    private static Tab tab(InboxQuery query, String key, String label, long count) {
        return new Tab(key, label, count, query.withTab(key).link(0), query.tab().equals(key));
    }

    /** The queues with their counts in the current tab and under the other filters. */
    private List<QueueCount> queueCounts(InboxQuery query, ReviewWorkflow.InboxCounts counts) {
        List<QueueCount> queues = new ArrayList<>();
        queues.add(new QueueCount("any queue", count(counts.in(null), query.tab()), query.withQueue(null).link(0), query.queue() == null));
        for (String q : workflow.queues()) {
            queues.add(new QueueCount(q, count(counts.in(q), query.tab()), query.withQueue(q).link(0), q.equals(query.queue())));
        }
        return queues;
    }
}
