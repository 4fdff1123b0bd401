package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.mastering.Conflicts;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.mastering.NotAMatchAssertions;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not-a-match assertions between two masters ({@code {"masters": ["C…", "C…"]}}) or two source records
 * ({@code {"records": [{"source", "sourceKey"}, {…}]}}), with a reason; permanent until revoked the same way.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NotAMatchController {
    private final NotAMatchAssertions assertions;
    private final RecordQueries records;

    private final CustomerNumbers customerNumbers;

    public NotAMatchController(NotAMatchAssertions assertions, RecordQueries records, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.assertions = assertions;
        this.records = records;
    }

    @Post("/not-a-match")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> assertNotAMatch(HttpRequest<?> request, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        Pair pair = pair(body);
        if (pair.masters() != null) {
            return HttpResponse.created(Conflicts.retried(() ->
                    assertions.assertMasters(pair.masters().get(0), pair.masters().get(1), pair.reason(), steward.name())));
        }
        assertions.assertRecords(pair.records().get(0), pair.records().get(1), pair.reason(), steward.name());
        return HttpResponse.created(Map.of("kind", "records", "between", pair.records(), "by", steward.name(), "reason", pair.reason()));
    }

    @Post("/not-a-match/revoke")
    @Consumes(MediaType.ALL)
    public Map<String, Object> revoke(HttpRequest<?> request, @Body String body) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        Pair pair = pair(body);
        if (pair.masters() != null) {
            Conflicts.retried(() -> {
                assertions.revokeMasters(pair.masters().get(0), pair.masters().get(1), pair.reason(), steward.name());
                return null;
            });
        } else {
            assertions.revokeRecords(pair.records().get(0), pair.records().get(1), pair.reason(), steward.name());
        }
        return Map.of("revoked", true, "by", steward.name(), "reason", pair.reason());
    }

    @Get("/masters/{number}/not-a-match")
    public List<NotAMatchAssertions.Assertion> ofMaster(HttpRequest<?> request, String number) {
        Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        return assertions.ofMaster(number);
    }

    private record Pair(List<String> masters, List<Long> records, String reason) {
    }

    private Pair pair(String body) {
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("masters", "records", "reason"), violations);
        String reason = StewardBodies.reason(json, true, null, violations);
        List<String> masters = null;
        List<Long> recordIds = null;
        if (json.containsKey("masters") == json.containsKey("records")) {
            violations.add(new Violation("masters", "name either two masters or two records"));
        } else if (json.get("masters") instanceof List<?> list && list.size() == 2
                && list.stream().allMatch(n -> n instanceof String s && customerNumbers.isValid(s))) {
            masters = list.stream().map(String.class::cast).toList();
        } else if (json.containsKey("masters")) {
            violations.add(new Violation("masters", "must be two customer numbers, e.g. [\"C0000017-4\", \"C0000025-9\"]"));
        } else if (json.get("records") instanceof List<?> list && list.size() == 2) {
            recordIds = new ArrayList<>();
            for (int i = 0; i < 2; i++) recordIds.add(StewardBodies.record(list.get(i), "records[" + i + "]", records, violations));
        } else {
            violations.add(new Violation("records", "must be two records, each {\"source\": \"...\", \"sourceKey\": \"...\"}"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid not-a-match", violations);
        return new Pair(masters, recordIds, reason);
    }
}
