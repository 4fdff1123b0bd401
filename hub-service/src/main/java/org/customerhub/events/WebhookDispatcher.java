package org.customerhub.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.model.Pageable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivers change events to webhooks: fans the outbox out into deliveries, then POSTs each due delivery with its
 * signature. A 2xx answer delivers it; anything else (or no answer) is retried with doubling back-off until
 * hub.events.retry.max-attempts, then the delivery is FAILED, visible at GET /api/v1/webhooks/{id}/deliveries.
 * Delivery is at least once: receivers deduplicate by the event id. Several hub nodes may run this at once:
 * a delivery is claimed with its version before it is sent.
 */
@Singleton
@Requires(property = "hub.events.dispatcher.enabled", notEquals = "false")
public class WebhookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private final OutboxFanOut fanOut;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final ChangeEventRepository events;
    private final EventSettings settings;
    private final HttpClient client;

    public WebhookDispatcher(OutboxFanOut fanOut, WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
                             ChangeEventRepository events, EventSettings settings) {
        this.fanOut = fanOut;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelay = "${hub.events.dispatch-interval:2s}", initialDelay = "${hub.events.initial-delay:5s}")
    public void dispatch() {
        try {
            int dispatched;
            do {
                dispatched = fanOut.fanOut();
            } while (dispatched > 0);
            for (WebhookDelivery due : deliveries.findByStatusAndNextAttemptAtLessThanEqualOrderById(
                    WebhookDelivery.Status.PENDING.name(), Instant.now(), Pageable.from(0, 100))) {
                if (deliveries.claim(due.getId(), due.getLockVersion(), Instant.now().plus(LEASE)) == 1) attempt(due.getId());
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook dispatch failed, retrying next round: {}", Failures.describe(e));
        }
    }

    private void attempt(long deliveryId) {
        WebhookDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
        WebhookSubscription subscription = subscriptions.findById(delivery.getSubscriptionId()).orElseThrow();
        if (!subscription.isActive()) {
            delivery.setStatus(WebhookDelivery.Status.CANCELLED.name());
            deliveries.update(delivery);
            return;
        }
        ChangeEvent event = events.findById(delivery.getChangeEventId()).orElseThrow();
        String body = body(event);
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(subscription.getUrl()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "customer-hub-webhooks")
                    .header("X-Hub-Event", event.getEventType())
                    .header("X-Hub-Event-Id", String.valueOf(event.getId()))
                    .header("X-Hub-Delivery", String.valueOf(delivery.getId()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(subscription.getSecret(), Instant.now().getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        record(delivery, status, error);
    }

    private void record(WebhookDelivery delivery, Integer status, String error) {
        Instant now = Instant.now();
        delivery.setAttempts(delivery.getAttempts() + 1);
        delivery.setLastAttemptAt(now);
        delivery.setLastStatus(status);
        boolean ok = status != null && status >= 200 && status < 300;
        delivery.setLastError(ok ? null : truncate(error != null ? error : "answered " + status));
        if (ok) {
            delivery.setStatus(WebhookDelivery.Status.DELIVERED.name());
            delivery.setDeliveredAt(now);
        } else if (delivery.getAttempts() >= settings.maxAttempts()) {
            delivery.setStatus(WebhookDelivery.Status.FAILED.name());
            LOG.warn("webhook delivery {} of event {} failed for good after {} attempts", delivery.getId(), delivery.getChangeEventId(), delivery.getAttempts());
        } else {
            delivery.setNextAttemptAt(now.plus(settings.backoffAfter(delivery.getAttempts())));
        }
        deliveries.update(delivery);
    }

    /** The event as subscribers receive it: numbers and attribute names only; they read the master for its values. */
    static String body(ChangeEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.getId());
        body.put("type", event.getEventType());
        body.put("occurredAt", event.getCreatedAt().toString());
        body.put("customerNumber", event.getCustomerNumber());
        body.put("data", Json.readMap(event.getPayload()));
        return Json.write(body);
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
