package org.customerhub.api;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.IsoTimes;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.governance.DefinitionDiff;
import org.customerhub.governance.DefinitionSummary;
import org.customerhub.governance.DefinitionView;
import org.customerhub.governance.DefinitionWorkflow;
import org.customerhub.governance.Definitions;
import org.customerhub.governance.ImpactPreview;
import org.customerhub.governance.MasterFlagging;
import org.customerhub.security.Callers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared definitions: drafts, versions, proposals, votes, the version in force, diffs and impact previews. */
@Controller("/api/v1/definitions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DefinitionsController {
    private static final long MAX_BODY = 40_000;
    private final Definitions definitions;
    private final MasterFlagging flagging;

    public DefinitionsController(Definitions definitions, MasterFlagging flagging) {
        this.definitions = definitions;
        this.flagging = flagging;
    }

    @Get
    public List<DefinitionSummary> list(HttpRequest<?> request) {
        return definitions.list(Callers.of(request));
    }

    /** {@code {"key", "kind", "description", "body"}}: version 1, a draft. */
    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<DefinitionView> create(HttpRequest<?> request, @Body String body) {
        Map<String, Object> json = JsonBodies.object(body, MAX_BODY);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("key", "kind", "description", "body"), violations);
        String key = JsonBodies.text(json, "key", true, violations);
        String kind = JsonBodies.text(json, "kind", true, violations);
        String description = JsonBodies.text(json, "description", true, violations);
        String text = JsonBodies.text(json, "body", true, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid definition", violations);
        return HttpResponse.created(definitions.create(Callers.of(request), key, kind, description, text));
    }

    /** Every version, newest first; {@code ?at=} marks the version that was in force then. */
    @Get("/{key}")
    public Map<String, Object> history(HttpRequest<?> request, String key, @Nullable @QueryValue String at) {
        Instant when = at == null ? Instant.now() : instant(at, "at");
        List<DefinitionView> versions = definitions.history(Callers.of(request), key, when);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("kind", versions.get(0).kind());
        out.put("at", when.toString());
        out.put("inForce", versions.stream().filter(DefinitionView::inForce).findFirst().map(DefinitionView::version).orElse(null));
        out.put("versions", versions);
        return out;
    }

    /** {@code {"description"?, "body"?}}: a new draft version (201), or the latest one unchanged (200). */
    @Put("/{key}")
    @Consumes(MediaType.ALL)
    public HttpResponse<DefinitionView> revise(HttpRequest<?> request, String key, @Body String body) {
        Map<String, Object> json = JsonBodies.object(body, MAX_BODY);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("description", "body"), violations);
        String description = JsonBodies.text(json, "description", false, violations);
        String text = JsonBodies.text(json, "body", false, violations);
        if (description == null && text == null && violations.isEmpty()) violations.add(new Violation("body", "send a new body or description"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid definition", violations);
        Definitions.Revision revision = definitions.revise(Callers.of(request), key, description, text);
        return HttpResponse.status(revision.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(revision.version());
    }

    @Get("/{key}/in-force")
    public DefinitionView inForce(HttpRequest<?> request, String key, @Nullable @QueryValue String at) {
        return definitions.inForceView(Callers.of(request), key, at == null ? Instant.now() : instant(at, "at"));
    }

    @Get("/{key}/versions/{version}")
    public DefinitionView version(HttpRequest<?> request, String key, int version) {
        return definitions.version(Callers.of(request), key, version);
    }

    /** Line by line, from one version to another. */
    @Get("/{key}/diff")
    public DefinitionDiff diff(HttpRequest<?> request, String key, @QueryValue int from, @QueryValue int to) {
        return DefinitionDiff.of(definitions.version(Callers.of(request), key, from), definitions.version(Callers.of(request), key, to));
    }

    /** {@code {"effectiveFrom"?: "2027-01-01"}}: the committee votes on this version. */
    @Post("/{key}/versions/{version}/proposal")
    @Consumes(MediaType.ALL)
    public HttpResponse<DefinitionView> propose(HttpRequest<?> request, String key, int version, @Nullable @Body String body) {
        Map<String, Object> json = body == null || body.isBlank() ? Map.of() : JsonBodies.object(body, MAX_BODY);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("effectiveFrom"), violations);
        String effective = JsonBodies.text(json, "effectiveFrom", false, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid proposal", violations);
        return HttpResponse.accepted().body(definitions.propose(Callers.of(request), key, version,
                effective == null ? null : instant(effective, "effectiveFrom")));
    }

    /** {@code {"vote": "APPROVE" | "REJECT", "comment": "..."}} by a committee member other than the proposer. */
    @Post("/{key}/versions/{version}/votes")
    @Consumes(MediaType.ALL)
    public HttpResponse<DefinitionView> vote(HttpRequest<?> request, String key, int version, @Body String body) {
        Decision d = decision(body, "vote");
        return HttpResponse.created(definitions.vote(Callers.of(request), key, version, d.vote(), d.comment()));
    }

    /** {@code {"decision": "APPROVE" | "REJECT", "comment": "..."}} by the chair, once the vote passed its due date. */
    @Post("/{key}/versions/{version}/chair-decision")
    @Consumes(MediaType.ALL)
    public DefinitionView chairDecision(HttpRequest<?> request, String key, int version, @Body String body) {
        Decision d = decision(body, "decision");
        return definitions.decideAsChair(Callers.of(request), key, version, d.vote(), d.comment());
    }

    @Get("/{key}/versions/{version}/impact")
    public ImpactPreview impact(HttpRequest<?> request, String key, int version) {
        return flagging.preview(Callers.of(request), key, version);
    }

    private record Decision(DefinitionWorkflow.Vote vote, String comment) {
    }

    private static Decision decision(String body, String field) {
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of(field, "comment"), violations);
        String vote = JsonBodies.text(json, field, true, violations);
        String comment = JsonBodies.text(json, "comment", false, violations);
        if (vote != null && !vote.equals("APPROVE") && !vote.equals("REJECT")) violations.add(new Violation(field, "must be APPROVE or REJECT"));
        if (comment != null && comment.length() > 2000) violations.add(new Violation("comment", "may have at most 2000 characters"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid " + field, violations);
        return new Decision(DefinitionWorkflow.Vote.valueOf(vote), comment);
    }

    /** An ISO 8601 instant, or a date meaning the start of that day in UTC. */
    static Instant instant(String value, String field) {
        try {
            return IsoTimes.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid("Invalid " + field, List.of(new Violation(field, "'" + value + "' is not " + IsoTimes.EXPECTED)));
        }
    }
}
