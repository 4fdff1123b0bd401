package org.customerhub.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.mastering.Conflicts;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.mastering.MasterEvent;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** Golden records by customer number (a merged number answers with its survivor) and by source key. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MastersController {
    private final MasteringService mastering;
    private final RecordQueries records;

    private final CustomerNumbers customerNumbers;

    public MastersController(MasteringService mastering, RecordQueries records, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.mastering = mastering;
        this.records = records;
    }

    /**
     * The master, or with {@code ?at=2026-12-01T10:15:30Z} the master as it was then (from the state recorded with
     * its history). A merged number answers 200 with the survivor: {@code customerNumber} is the survivor's,
     * {@code requestedNumber} the number asked for.
     */
    @Get("/masters/{number}{?at}")
    public MasterView master(HttpRequest<?> request, String number, @Nullable @QueryValue String at) {
        Principal caller = requireReader(request);
        customerNumbers.check(number);
        if (at == null) return visibleTo(caller, mastering.view(number));
        Instant moment;
        try {
            moment = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid("Invalid time", List.of(new Violation("at", "an ISO 8601 instant such as 2026-12-01T10:15:30Z")));
        }
        return visibleTo(caller, mastering.viewAt(number, moment));
    }

    @Get("/masters/{number}/history")
    public List<Map<String, Object>> history(HttpRequest<?> request, String number) {
        Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        return mastering.history(number).stream().map(MastersController::event).toList();
    }

    /** A steward merges two masters; the older number survives, the other stays resolvable. */
    @Post("/masters/{number}/merge")
    @Consumes(MediaType.ALL)
    public MasterView merge(HttpRequest<?> request, String number, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("with", "reason"), violations);
        String other = JsonBodies.text(json, "with", true, violations);
        String reason = JsonBodies.text(json, "reason", false, violations);
        if (other != null && !customerNumbers.isValid(other)) violations.add(new Violation("with", "is not a customer number"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid merge", violations);
        MasterRecord survivor = Conflicts.retried(() -> mastering.merge(mastering.resolve(number).getId(),
                mastering.resolve(other).getId(), steward.name(), reason == null || reason.isBlank() ? "manual merge" : reason));
        return mastering.view(survivor.getId());
    }

    /**
     * Takes source records out of a master: {@code {"records": [{"source": "hotel", "sourceKey": "HP-1"}], "reason": "..."}}.
     * They return to the masters they were merged in from, with their former numbers.
     */
    @Post("/masters/{number}/unmerge")
    @Consumes(MediaType.ALL)
    public MasteringService.Unmerged unmerge(HttpRequest<?> request, String number, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        Map<String, Object> json = JsonBodies.object(body, 100_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("records", "reason"), violations);
        String reason = JsonBodies.text(json, "reason", false, violations);
        Set<Long> ids = new LinkedHashSet<>();
        if (!(json.get("records") instanceof List<?> list) || list.isEmpty()) {
            violations.add(new Violation("records", "is required: a list of {\"source\", \"sourceKey\"}"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> r && r.get("source") instanceof String code && r.get("sourceKey") instanceof String key) {
                    ids.add(records.recordId(code, key));
                } else {
                    violations.add(new Violation("records[" + i + "]", "must be {\"source\": \"...\", \"sourceKey\": \"...\"}"));
                }
            }
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid unmerge", violations);
        return Conflicts.retried(() -> mastering.unmerge(number, ids, steward.name(),
                reason == null || reason.isBlank() ? "manual unmerge" : reason));
    }

    /** Undoes one merge of the history ({@code id} of its MERGED event): {@code {"reason": "..."}}. */
    @Post("/masters/{number}/merges/{eventId}/undo")
    @Consumes(MediaType.ALL)
    public MasteringService.Unmerged undoMerge(HttpRequest<?> request, String number, long eventId, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("reason"), violations);
        String reason = StewardBodies.reason(json, false, "merge undone", violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid undo", violations);
        return Conflicts.retried(() -> mastering.undoMerge(number, eventId, steward.name(), reason));
    }

    @Get("/xref/{code}/{+sourceKey}")
    public MasterView bySourceKey(HttpRequest<?> request, String code, String sourceKey) {
        Principal caller = requireReader(request);
        if (caller.kind() == Principal.Kind.SOURCE && !caller.isSource(code))
            throw RequestRefused.forbidden("A source looks up masters by its own record keys only");
        return visibleTo(caller, mastering.view(records.customerNumberOf(code, sourceKey)));
    }

    private static MasterView visibleTo(Principal caller, MasterView view) {
        return caller.kind() == Principal.Kind.SOURCE ? view.forSource(caller.sourceCode()) : view;
    }

    private static Map<String, Object> event(MasterEvent e) {
        return Map.of("id", e.getId(), "kind", e.getKind(), "actor", e.getActor(), "at", e.getAt().toString(),
                "detail", org.customerhub.common.Json.readMap(e.getDetail()));
    }

    private static Principal requireReader(HttpRequest<?> request) {
        Principal caller = Callers.of(request);
        if (caller.kind() != Principal.Kind.SOURCE && !caller.has(Role.STEWARD) && !caller.has(Role.ADMIN))
            throw RequestRefused.forbidden("Masters are read by sources, stewards and admins");
        return caller;
    }
}
