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
import org.customerhub.cleansing.CleansingJob;
import org.customerhub.cleansing.CleansingJobs;
import org.customerhub.cleansing.CleansingKind;
import org.customerhub.cleansing.CleansingProposal;
import org.customerhub.cleansing.CleansingQueries;
import org.customerhub.cleansing.CleansingService;
import org.customerhub.cleansing.DataQuality;
import org.customerhub.cleansing.ProposalView;
import org.customerhub.cleansing.ProposalViews;
import org.customerhub.cleansing.ProposalWorkflow;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stewards' cleansing pages: proposals waiting for a decision, one proposal beside the raw record, bulk
 * acceptance of one kind in a batch (with a confirmation), the batch jobs, and the data-quality view per source.
 */
@Controller("/ui/cleansing")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CleansingPagesController {
    private static final int PAGE_SIZE = 50;
    private static final String VALUE_FIELD = "value.";
    private final CleansingService cleansing;
    private final ProposalViews views;
    private final CleansingQueries queries;
    private final CleansingJobs jobs;
    private final DataQuality quality;
    private final SourceRegistry sources;

    public CleansingPagesController(CleansingService cleansing, ProposalViews views, CleansingQueries queries, CleansingJobs jobs,
                                    DataQuality quality, SourceRegistry sources) {
        this.cleansing = cleansing;
        this.views = views;
        this.queries = queries;
        this.jobs = jobs;
        this.quality = quality;
        this.sources = sources;
    }

    @Get
    public HttpResponse<?> inbox(HttpRequest<?> request, @Nullable @QueryValue String source, @Nullable @QueryValue String kind,
                                 @Nullable @QueryValue String queue, @Nullable @QueryValue Long job,
                                 @QueryValue(defaultValue = "0") int page, @Nullable @QueryValue String notice) {
        Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        SourceInfo chosen = Pages.given(source) == null ? null : sources.byCode(source.strip()).orElse(null);
        CleansingKind chosenKind = CleansingKind.fromWire(Pages.given(kind)).orElse(null);
        CleansingQueries.Filter filter = new CleansingQueries.Filter(CleansingProposal.Status.PENDING.name(),
                chosen == null ? null : chosen.id(), chosenKind == null ? null : chosenKind.name(), job, Pages.given(queue), null);
        int current = Pages.paging(model, page, queries.count(filter), PAGE_SIZE);
        model.put("proposals", views.list(filter, current * PAGE_SIZE, PAGE_SIZE));
        model.put("queues", queries.waitingByQueue(filter));
        model.put("sources", sources.list());
        model.put("kinds", Arrays.stream(CleansingKind.values()).map(CleansingKind::wireName).toList());
        model.put("source", chosen == null ? null : chosen.code());
        model.put("kind", chosenKind == null ? null : chosenKind.wireName());
        model.put("queue", Pages.given(queue));
        model.put("job", job);
        model.put("bulkCount", job != null && chosenKind != null ? cleansing.waitingInBatch(job, chosenKind).size() : 0);
        model.put("notice", notice);
        model.put("query", query(chosen == null ? null : chosen.code(), chosenKind == null ? null : chosenKind.wireName(), Pages.given(queue), job));
        return Pages.page(request, "cleansing-inbox", model);
    }

    @Get("/proposals/{id}")
    public HttpResponse<?> proposal(HttpRequest<?> request, long id, @Nullable @QueryValue String notice) {
        Pages.require(request, Role.STEWARD);
        Map<String, Object> model = Pages.model(request);
        ProposalView proposal = views.detail(id);
        model.put("p", proposal);
        model.put("rawRows", proposal.raw() == null ? Map.of() : new LinkedHashMap<>(proposal.raw()));
        model.put("notice", notice);
        return Pages.page(request, "cleansing-proposal", model);
    }

    @Post("/proposals/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        ProposalWorkflow.Decision decision;
        try {
            decision = ProposalWorkflow.Decision.valueOf(form.getOrDefault("decision", ""));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalid("Invalid decision", List.of(new Violation("decision", "must be ACCEPT, EDIT or REJECT")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (decision == ProposalWorkflow.Decision.EDIT) {
            form.forEach((name, value) -> {
                if (name.startsWith(VALUE_FIELD)) values.put(name.substring(VALUE_FIELD.length()), value);
            });
        }
        cleansing.decide(id, decision, steward, values, form.get("comment"));
        String done = switch (decision) {
            case ACCEPT -> "accepted";
            case EDIT -> "accepted with your values";
            case REJECT -> "rejected";
        };
        return Pages.backWithNotice(Pages.localPath(form.get("back"), "/ui/cleansing"), "Proposal " + id + " " + done);
    }

    /** The confirmation step of a bulk acceptance: what would be accepted. */
    @Get("/bulk")
    public HttpResponse<?> confirmBulk(HttpRequest<?> request, long job, String kind) {
        Pages.require(request, Role.STEWARD);
        CleansingKind chosen = kind(kind);
        Map<String, Object> model = Pages.model(request);
        List<CleansingProposal> waiting = cleansing.waitingInBatch(job, chosen);
        model.put("job", jobs.job(job));
        model.put("kind", chosen.wireName());
        model.put("count", waiting.size());
        model.put("proposals", views.views(waiting.stream().limit(200).toList()));
        return Pages.page(request, "cleansing-bulk", model);
    }

    @Post("/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acceptBulk(HttpRequest<?> request, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        long job;
        try {
            job = Long.parseLong(form.getOrDefault("job", ""));
        } catch (NumberFormatException e) {
            throw RequestRefused.invalid("Invalid bulk acceptance", List.of(new Violation("job", "must be a job id")));
        }
        CleansingKind chosen = kind(form.get("kind"));
        jobs.job(job);
        List<CleansingService.BulkResult> results = cleansing.acceptAll(job, chosen, steward, form.get("comment"));
        long accepted = results.stream().filter(r -> r.outcome().equals("ACCEPTED")).count();
        List<String> notDecided = results.stream().filter(r -> !r.outcome().equals("ACCEPTED"))
                .map(r -> "proposal " + r.proposalId() + ": " + r.detail()).toList();
        String notice = "Accepted " + accepted + " " + chosen.wireName() + " proposal" + (accepted == 1 ? "" : "s") + " of job " + job
                + (notDecided.isEmpty() ? "" : "; not decided: " + String.join("; ", notDecided));
        return Pages.backWithNotice("/ui/cleansing?job=" + job, notice);
    }

    @Get("/jobs")
    public HttpResponse<?> jobs(HttpRequest<?> request, @Nullable @QueryValue String notice) {
        Principal viewer = requireStewardOrAdmin(request);
        Map<String, Object> model = Pages.model(request);
        List<CleansingJob> recent = jobs.recent();
        Map<Long, String> sourceCodes = new LinkedHashMap<>();
        recent.forEach(j -> sourceCodes.put(j.getId(), sources.byId(j.getSourceId()).code()));
        model.put("jobs", recent);
        model.put("jobSources", sourceCodes);
        model.put("sources", sources.list());
        model.put("mayRun", viewer.has(Role.STEWARD_LEAD) || viewer.has(Role.ADMIN));
        model.put("anyActive", recent.stream().anyMatch(CleansingJob::isActive));
        model.put("notice", notice);
        return Pages.page(request, "cleansing-jobs", model);
    }

    @Post("/jobs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> startJob(HttpRequest<?> request, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal actor = requireStewardOrAdmin(request);
        CleansingJob job = jobs.start(form.get("source"), actor);
        return Pages.backWithNotice("/ui/cleansing/jobs", "Job " + job.getId() + " started: " + job.getTotalRecords() + " records");
    }

    @Post("/jobs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancelJob(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal actor = requireStewardOrAdmin(request);
        jobs.cancel(id, actor);
        return Pages.backWithNotice("/ui/cleansing/jobs", "Job " + id + " cancelled");
    }

    @Get("/quality")
    public HttpResponse<?> quality(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        Map<String, Object> model = Pages.model(request);
        model.put("sources", CleansingCharts.of(quality.bySource()));
        model.put("chartWidth", CleansingCharts.WIDTH);
        return Pages.page(request, "cleansing-quality", model);
    }

    private static CleansingKind kind(String kind) {
        return CleansingKind.fromWire(kind).orElseThrow(() -> RequestRefused.invalid("Invalid bulk acceptance", List.of(new Violation("kind",
                "must be one of " + String.join(", ", Arrays.stream(CleansingKind.values()).map(CleansingKind::wireName).toList())))));
    }

    private static String query(String source, String kind, String queue, Long job) {
        StringBuilder q = new StringBuilder();
        if (source != null) q.append("&source=").append(source);
        if (kind != null) q.append("&kind=").append(kind);
        if (queue != null) q.append("&queue=").append(queue);
        if (job != null) q.append("&job=").append(job);
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    private static Principal requireStewardOrAdmin(HttpRequest<?> request) {
        Principal p = org.customerhub.security.Callers.of(request);
        if (!p.has(Role.STEWARD) && !p.has(Role.ADMIN)) throw RequestRefused.forbidden("Cleansing is for stewards and admins");
        return p;
    }
}
