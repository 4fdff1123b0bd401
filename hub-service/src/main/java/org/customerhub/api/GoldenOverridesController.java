package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.mastering.Conflicts;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.mastering.GoldenOverrides;
import org.customerhub.mastering.MasterView;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stewards' overrides of golden values. {@code attribute} is a golden attribute (given_name, email, ...) or a
 * group (address). Each answers the master as it is afterwards.
 */
@Controller("/api/v1/masters/{number}/golden/{attribute}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GoldenOverridesController {
    private final GoldenOverrides overrides;
    private final RecordQueries records;

    private final CustomerNumbers customerNumbers;

    public GoldenOverridesController(GoldenOverrides overrides, RecordQueries records, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.overrides = overrides;
        this.records = records;
    }

    /** The steward, the body's fields and what is wrong with them so far; the reason is required everywhere. */
    private record Form(Principal steward, Map<String, Object> json, List<Violation> violations, String reason) {
        void refuseIfInvalid(String title) {
            if (!violations.isEmpty()) throw RequestRefused.invalid(title, violations);
        }
    }

    private Form form(HttpRequest<?> request, String number, String body, List<String> fields) {
        Principal steward = Callers.requireRole(request, Role.STEWARD);
        customerNumbers.check(number);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, fields, violations);
        return new Form(steward, json, violations, StewardBodies.reason(json, true, null, violations));
    }

    /** {@code {"value": "...", "reason": "..."}} or {@code {"record": {"source": "...", "sourceKey": "..."}, "reason": "..."}}. */
    @Post("/pin")
    @Consumes(MediaType.ALL)
    public MasterView pin(HttpRequest<?> request, String number, String attribute, @Body String body) {
        Form form = form(request, number, body, List.of("value", "record", "reason"));
        Map<String, Object> json = form.json();
        List<Violation> violations = form.violations();
        String value = JsonBodies.text(json, "value", false, violations);
        Long recordId = json.containsKey("record") ? StewardBodies.record(json.get("record"), "record", records, violations) : null;
        if (value == null && !json.containsKey("record")) violations.add(new Violation("value", "give a value, or a record whose value to pin"));
        if (value != null && json.containsKey("record")) violations.add(new Violation("record", "give either a value or a record, not both"));
        form.refuseIfInvalid("Invalid pin");
        return Conflicts.retried(() -> overrides.pin(number, attribute, value, recordId, form.reason(), form.steward().name()));
    }

    /** {@code {"reason": "..."}}: the value is chosen by survivorship again. */
    @Post("/unpin")
    @Consumes(MediaType.ALL)
    public MasterView unpin(HttpRequest<?> request, String number, String attribute, @Body String body) {
        Form form = form(request, number, body, List.of("reason"));
        form.refuseIfInvalid("Invalid unpin");
        return Conflicts.retried(() -> overrides.unpin(number, attribute, form.reason(), form.steward().name()));
    }

    /** {@code {"record": {"source": "...", "sourceKey": "..."}, "reason": "..."}}: that record's value is validated. */
    @Post("/verify")
    @Consumes(MediaType.ALL)
    public MasterView verify(HttpRequest<?> request, String number, String attribute, @Body String body) {
        Form form = form(request, number, body, List.of("record", "reason"));
        Long recordId = StewardBodies.record(form.json().get("record"), "record", records, form.violations());
        form.refuseIfInvalid("Invalid verification");
        return Conflicts.retried(() -> overrides.verify(number, attribute, recordId, form.reason(), form.steward().name()));
    }
}
