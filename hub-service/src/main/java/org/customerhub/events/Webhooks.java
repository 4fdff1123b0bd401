package org.customerhub.events;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Webhook subscriptions: admins subscribe to every master's changes, a source system to the changes of masters
 * holding its records, each managing only its own subscriptions (admins all). Registering and removing are audited.
 */
@Singleton
public class Webhooks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final ChangeEventRepository events;
    private final EventSettings settings;
    private final AuditLog audit;

    public Webhooks(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, ChangeEventRepository events,
                    EventSettings settings, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
    }

    /** A subscription as listed; the secret only in the answer to its registration. */
    public record Subscription(long id, String url, List<String> events, String source, String secret, String createdBy, Instant createdAt) {
    }

    public record Delivery(long id, long eventId, String eventType, String customerNumber, String status, int attempts,
                           Integer lastStatus, String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
    }

    @Transactional
    public Subscription subscribe(Principal caller, String url, List<String> types) {
        requireSubscriber(caller);
        List<Violation> violations = new ArrayList<>();
        checkUrl(url, violations);
        List<String> chosen = types == null || types.isEmpty() ? ChangeEvents.TYPES : types;
        chosen.stream().filter(t -> !ChangeEvents.TYPES.contains(t)).forEach(t -> violations.add(new Violation("events",
                "'" + t + "' is not an event type; use " + String.join(", ", ChangeEvents.TYPES))));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid webhook", violations);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String source = caller.kind() == Principal.Kind.SOURCE ? caller.sourceCode() : null;
        WebhookSubscription s = subscriptions.save(new WebhookSubscription(source, url, List.copyOf(chosen), secret, caller.name()));
        audit.record(caller.name(), "WEBHOOK_SUBSCRIBED", "webhook:" + s.getId(), "events " + s.getEventTypes() + (source == null ? "" : "; source " + source));
        return view(s, secret);
    }

    @Transactional
    public List<Subscription> list(Principal caller) {
        requireSubscriber(caller);
        List<WebhookSubscription> found = caller.kind() == Principal.Kind.SOURCE
                ? subscriptions.findBySourceCodeAndActiveTrueOrderById(caller.sourceCode()) : subscriptions.findByActiveTrueOrderById();
        return found.stream().map(s -> view(s, null)).toList();
    }

    @Transactional
    public void unsubscribe(Principal caller, long id) {
        WebhookSubscription s = own(caller, id);
        s.setActive(false);
        subscriptions.update(s);
        for (WebhookDelivery d : deliveries.findBySubscriptionIdAndStatus(id, WebhookDelivery.Status.PENDING.name())) {
            d.setStatus(WebhookDelivery.Status.CANCELLED.name());
            deliveries.update(d);
        }
        audit.record(caller.name(), "WEBHOOK_UNSUBSCRIBED", "webhook:" + id, s.getUrl().replaceAll("\\?.*", ""));
    }

    /** The newest deliveries of a subscription, with their state: what a subscriber checks when events seem missing. */
    @Transactional
    public List<Delivery> deliveries(Principal caller, long id) {
        own(caller, id);
        return deliveries.findBySubscriptionIdOrderByIdDesc(id, Pageable.from(0, 100)).stream().map(d -> {
            ChangeEvent e = events.findById(d.getChangeEventId()).orElseThrow();
            return new Delivery(d.getId(), e.getId(), e.getEventType(), e.getCustomerNumber(), d.getStatus(), d.getAttempts(),
                    d.getLastStatus(), d.getLastError(), d.getLastAttemptAt(),
                    WebhookDelivery.Status.PENDING.name().equals(d.getStatus()) ? d.getNextAttemptAt() : null, d.getDeliveredAt());
        }).toList();
    }

    private WebhookSubscription own(Principal caller, long id) {
        requireSubscriber(caller);
        WebhookSubscription s = subscriptions.findById(id).filter(WebhookSubscription::isActive)
                .orElseThrow(() -> RequestRefused.notFound("webhook", String.valueOf(id)));
        if (caller.kind() == Principal.Kind.SOURCE && !caller.sourceCode().equals(s.getSourceCode())) {
            // another source's subscription does not exist for this caller
            throw RequestRefused.notFound("webhook", String.valueOf(id));
        }
        return s;
    }

    private static void requireSubscriber(Principal caller) {
        if (caller.kind() != Principal.Kind.SOURCE && !caller.has(Role.ADMIN)) {
            throw RequestRefused.forbidden("Webhooks are registered by admins and by source systems for themselves");
        }
    }

    private void checkUrl(String url, List<Violation> violations) {
        if (url == null || url.isBlank()) {
            violations.add(new Violation("url", "is required"));
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && settings.allowsHttp(uri.getHost()))) {
                violations.add(new Violation("url", "must be an https URL (plain http only to hub.events.allow-http-hosts)"));
            } else if (url.length() > 2000) {
                violations.add(new Violation("url", "at most 2000 characters"));
            } else if (uri.getUserInfo() != null) {
                violations.add(new Violation("url", "must not carry credentials; deliveries are signed instead"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation("url", "is not a URL"));
        }
    }

    private static Subscription view(WebhookSubscription s, String secret) {
        return new Subscription(s.getId(), s.getUrl(), s.types(), s.getSourceCode(), secret, s.getCreatedBy(), s.getCreatedAt());
    }
}
