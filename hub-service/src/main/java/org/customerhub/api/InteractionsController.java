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
import org.customerhub.interaction.ContactCheck;
import org.customerhub.interaction.InteractionReport;
import org.customerhub.interaction.InteractionService;
import org.customerhub.interaction.Timeline;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.security.Callers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Interactions a source reports, a master's cross-silo timeline, and the contact check. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InteractionsController {
    private static final List<String> FIELDS = List.of("id", "sourceKey", "kind", "status", "occurredAt", "endedAt", "summary");
    private final InteractionService interactions;
    private final ContactCheck contactCheck;

    private final CustomerNumbers customerNumbers;

    public InteractionsController(InteractionService interactions, ContactCheck contactCheck, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.interactions = interactions;
        this.contactCheck = contactCheck;
    }

    /** 201 for a new interaction, 200 for an update or the same report again. */
    @Post("/sources/{code}/interactions")
    @Consumes(MediaType.ALL)
    public HttpResponse<InteractionService.Recorded> report(HttpRequest<?> request, String code, @Body String body) {
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, FIELDS, violations);
        List<String> values = FIELDS.stream().map(f -> JsonBodies.text(json, f, false, violations)).toList();
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid interaction", violations);
        InteractionService.Recorded recorded = interactions.record(Callers.of(request), code, new InteractionReport(values.get(0),
                values.get(1), values.get(2), values.get(3), values.get(4), values.get(5), values.get(6)));
        return recorded.change() == InteractionService.Change.CREATED ? HttpResponse.created(recorded) : HttpResponse.ok(recorded);
    }

    @Get("/masters/{number}/interactions")
    public Timeline timeline(HttpRequest<?> request, String number) {
        customerNumbers.check(number);
        return interactions.timeline(Callers.of(request), number);
    }

    /** {@code {"sourceKey" | "customerNumber", "purpose"}}, asked by a source with its token. */
    @Post("/contact-check")
    @Consumes(MediaType.ALL)
    public ContactCheck.Answer contactCheck(HttpRequest<?> request, @Body String body) {
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("sourceKey", "customerNumber", "purpose"), violations);
        String sourceKey = JsonBodies.text(json, "sourceKey", false, violations);
        String number = JsonBodies.text(json, "customerNumber", false, violations);
        String purpose = JsonBodies.text(json, "purpose", false, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid contact check", violations);
        return contactCheck.ask(Callers.of(request), new ContactCheck.Question(sourceKey, number, purpose));
    }
}
