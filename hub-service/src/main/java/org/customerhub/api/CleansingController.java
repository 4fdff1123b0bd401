package org.customerhub.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.cleansing.CleanserUnavailable;
import org.customerhub.cleansing.CleansingFollower;
import org.customerhub.cleansing.Cleansers;
import org.customerhub.cleansing.CleansingJob;
import org.customerhub.cleansing.CleansingJobs;
import org.customerhub.cleansing.CleansingKind;
import org.customerhub.cleansing.CleansingProposal;
import org.customerhub.cleansing.CleansingQueries;
import org.customerhub.cleansing.CleansingService;
import org.customerhub.cleansing.DataQuality;
import org.customerhub.cleansing.FollowCursor;
import org.customerhub.cleansing.ProposalView;
import org.customerhub.cleansing.ProposalViews;
import org.customerhub.cleansing.ProposalWorkflow;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Data cleansing for stewards: the configuration, cleansing one record now, proposals and their decisions, batch jobs
 * (started and cancelled by steward leads and admins), and the data-quality figures per source.
 */
@Controller("/api/v1/cleansing")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CleansingController {
    private final Cleansers cleansers;
    private final CleansingService cleansing;
    private final ProposalViews views;
    private final CleansingQueries queries;
    private final CleansingJobs jobs;
    private final DataQuality quality;
    private final RecordQueries records;
    private final SourceRegistry sources;
    private final CleansingFollower follower;
    private final boolean followEnabled;

    public CleansingController(Cleansers cleansers, CleansingService cleansing, ProposalViews views, CleansingQueries queries,
                               CleansingJobs jobs, DataQuality quality, RecordQueries records, SourceRegistry sources,
                               CleansingFollower follower, @Value("${hub.cleansing.follow.enabled:false}") boolean followEnabled) {
        this.follower = follower;
        this.followEnabled = followEnabled;
        this.cleansers = cleansers;
        this.cleansing = cleansing;
        this.views = views;
        this.queries = queries;
        this.jobs = jobs;
        this.quality = quality;
        this.records = records;
        this.sources = sources;
    }

    @Get
    public Map<String, Object> configuration(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        Map<String, Object> body = new LinkedHashMap<>(cleansers.describe());
        FollowCursor position = follower.position();
        Map<String, Object> follow = new LinkedHashMap<>();
        follow.put("enabled", followEnabled);
        if (position != null) {
            follow.put("cursorUpdatedAt", position.getCursorUpdatedAt());
            follow.put("cursorRecordId", position.getCursorRecordId());
            follow.put("recordsCleansed", position.getRecordsCleansed());
            follow.put("lastProblem", position.getLastProblem());
        }
        body.put("follow", follow);
        return body;
    }

    /** Cleanses one record now, with every configured cleanser; answers the proposals it made. */
    @Post("/records/{code}/{+sourceKey}")
    @Consumes(MediaType.ALL)
    public Map<String, Object> cleanseRecord(HttpRequest<?> request, String code, String sourceKey) {
        Callers.requireRole(request, Role.STEWARD);
        long recordId = records.recordId(code, sourceKey);
        try {
            CleansingService.Outcome outcome = cleansing.cleanse(recordId, null);
            return Map.of("proposals", views.views(outcome.proposals()), "problems", outcome.problems());
        } catch (CleanserUnavailable unavailable) {
            throw RequestRefused.conflict("Cleanser unavailable", unavailable.getMessage() + "; try again later");
        }
    }

    @Get("/proposals")
    public Map<String, Object> proposals(HttpRequest<?> request, @Nullable @QueryValue String status, @Nullable @QueryValue String source,
                                         @Nullable @QueryValue String kind, @Nullable @QueryValue Long job,
                                         @Nullable @QueryValue String queue, @QueryValue(defaultValue = "0") int first,
                                         @QueryValue(defaultValue = "50") int max) {
        Callers.requireRole(request, Role.STEWARD);
        List<Violation> violations = new ArrayList<>();
        CleansingQueries.Filter filter = filter(status, source, kind, job, queue, violations);
        if (max < 1 || max > 500) violations.add(new Violation("max", "must be 1 to 500"));
        if (first < 0) violations.add(new Violation("first", "must not be negative"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid filter", violations);
        return Map.of("total", queries.count(filter), "proposals", views.list(filter, first, max));
    }

    @Get("/proposals/{id}")
    public ProposalView proposal(HttpRequest<?> request, long id) {
        Callers.requireRole(request, Role.STEWARD);
        return views.detail(id);
    }

    /**
     * {@code {"decision": "ACCEPT" | "EDIT" | "REJECT", "values": {"street": "..."}, "comment": "..."}}; values only with
     * EDIT, for the proposal's own attributes, in canonical form.
     */
    @Post("/proposals/{id}/decision")
    @Consumes(MediaType.ALL)
    public ProposalView decide(HttpRequest<?> request, long id, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        Map<String, Object> json = JsonBodies.object(body, 20_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("decision", "values", "comment"), violations);
        String decision = JsonBodies.text(json, "decision", true, violations);
        String comment = JsonBodies.text(json, "comment", false, violations);
        ProposalWorkflow.Decision parsed = null;
        if (decision != null) {
            try {
                parsed = ProposalWorkflow.Decision.valueOf(decision);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("decision", "must be ACCEPT, EDIT or REJECT"));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Object rawValues = json.get("values");
        if (rawValues instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v == null || v instanceof String) values.put(String.valueOf(k), (String) v);
                else violations.add(new Violation("values." + k, "must be a string"));
            });
        } else if (rawValues != null) {
            violations.add(new Violation("values", "must be an object of canonical attribute to value"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid decision", violations);
        cleansing.decide(id, parsed, steward, values, comment);
        return views.detail(id);
    }

    /** Accepts every proposal of one kind in one batch that waits for a steward: {@code {"kind": "address"}}. */
    @Post("/jobs/{id}/accept-all")
    @Consumes(MediaType.ALL)
    public Map<String, Object> acceptAll(HttpRequest<?> request, long id, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("kind", "comment"), violations);
        String kind = JsonBodies.text(json, "kind", true, violations);
        String comment = JsonBodies.text(json, "comment", false, violations);
        CleansingKind parsed = kind == null ? null : CleansingKind.fromWire(kind).orElse(null);
        if (kind != null && parsed == null) violations.add(new Violation("kind", "must be one of " + kinds()));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid bulk acceptance", violations);
        jobs.job(id);
        List<CleansingService.BulkResult> results = cleansing.acceptAll(id, parsed, steward, comment);
        return Map.of("job", id, "kind", parsed.wireName(), "results", results,
                "accepted", results.stream().filter(r -> r.outcome().equals("ACCEPTED")).count());
    }

    /** Starts "cleanse all records of source X": {@code {"source": "hotel"}}; 202 with the job. */
    @Post("/jobs")
    @Consumes(MediaType.ALL)
    public HttpResponse<Map<String, Object>> startJob(HttpRequest<?> request, @Body String body) {
        Principal actor = Callers.of(request);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("source"), violations);
        String source = JsonBodies.text(json, "source", true, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid job", violations);
        return HttpResponse.<Map<String, Object>>status(HttpStatus.ACCEPTED).body(job(jobs.start(source, actor)));
    }

    @Get("/jobs")
    public List<Map<String, Object>> jobs(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        return jobs.recent().stream().map(this::job).toList();
    }

    @Get("/jobs/{id}")
    public Map<String, Object> job(HttpRequest<?> request, long id) {
        requireStewardOrAdmin(request);
        return job(jobs.job(id));
    }

    @Post("/jobs/{id}/cancel")
    @Consumes(MediaType.ALL)
    public Map<String, Object> cancel(HttpRequest<?> request, long id) {
        return job(jobs.cancel(id, Callers.of(request)));
    }

    @Get("/quality")
    public List<DataQuality.SourceQuality> quality(HttpRequest<?> request) {
        requireStewardOrAdmin(request);
        return quality.bySource();
    }

    private Map<String, Object> job(CleansingJob job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.getId());
        body.put("source", sources.byId(job.getSourceId()).code());
        body.put("status", job.getStatus());
        body.put("totalRecords", job.getTotalRecords());
        body.put("processed", job.getProcessed());
        body.put("progress", job.progress());
        body.put("cursorRecordId", job.getCursorRecordId());
        body.put("proposals", job.getProposals());
        body.put("failures", job.getFailures());
        body.put("lastProblem", job.getLastProblem());
        body.put("startedBy", job.getStartedBy());
        body.put("startedAt", job.getStartedAt());
        body.put("updatedAt", job.getUpdatedAt());
        body.put("finishedAt", job.getFinishedAt());
        return body;
    }

    private CleansingQueries.Filter filter(String status, String source, String kind, Long job, String queue, List<Violation> violations) {
        String statusName = null;
        if (status != null) {
            try {
                statusName = CleansingProposal.Status.valueOf(status.toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "must be one of " + Arrays.toString(CleansingProposal.Status.values())));
            }
        }
        Long sourceId = null;
        if (source != null) {
            sourceId = sources.byCode(source).map(s -> s.id()).orElse(null);
            if (sourceId == null) violations.add(new Violation("source", "no source '" + source + "'"));
        }
        String kindName = null;
        if (kind != null) {
            kindName = CleansingKind.fromWire(kind).map(Enum::name).orElse(null);
            if (kindName == null) violations.add(new Violation("kind", "must be one of " + kinds()));
        }
        return new CleansingQueries.Filter(statusName, sourceId, kindName, job, queue, null);
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(CleansingKind.values()).map(CleansingKind::wireName).toList());
    }

    private static void requireStewardOrAdmin(HttpRequest<?> request) {
        Principal caller = Callers.of(request);
        if (!caller.has(Role.STEWARD) && !caller.has(Role.ADMIN)) throw RequestRefused.forbidden("Cleansing is for stewards and admins");
    }
}
