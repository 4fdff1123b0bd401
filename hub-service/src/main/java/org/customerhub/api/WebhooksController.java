package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.events.Webhooks;
import org.customerhub.security.Callers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Webhook subscriptions: {@code POST {"url": "https://...", "events": ["master.merged"]}} (events optional: all)
 * answers 201 with the signing secret, shown this once. Admins see and manage all subscriptions, a source system
 * its own (it hears only of masters holding its records).
 */
@Controller("/api/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhooksController {
    private final Webhooks webhooks;

    public WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<Webhooks.Subscription> subscribe(HttpRequest<?> request, @Body String body) {
        var caller = Callers.of(request);
        Map<String, Object> json = JsonBodies.object(body, 10_000);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("url", "events"), violations);
        String url = JsonBodies.text(json, "url", true, violations);
        List<String> events = null;
        if (json.get("events") instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            events = list.stream().map(String.class::cast).toList();
        } else if (json.containsKey("events")) {
            violations.add(new Violation("events", "must be a list of event types, e.g. [\"master.merged\"]"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid webhook", violations);
        return HttpResponse.created(webhooks.subscribe(caller, url, events));
    }

    @Get
    public List<Webhooks.Subscription> list(HttpRequest<?> request) {
        return webhooks.list(Callers.of(request));
    }

    @Get("/{id}/deliveries")
    public List<Webhooks.Delivery> deliveries(HttpRequest<?> request, long id) {
        return webhooks.deliveries(Callers.of(request), id);
    }

    @Delete("/{id}")
    public HttpResponse<?> unsubscribe(HttpRequest<?> request, long id) {
        webhooks.unsubscribe(Callers.of(request), id);
        return HttpResponse.noContent();
    }
}
