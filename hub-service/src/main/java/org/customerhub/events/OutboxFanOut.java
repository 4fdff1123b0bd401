package org.customerhub.events;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Turns undispatched outbox events into one pending delivery per interested subscription, in one transaction per
 * batch: an event is marked dispatched together with its deliveries, so none is fanned out twice or lost.
 */
@Singleton
class OutboxFanOut {
    private static final int BATCH = 200;
    private final ChangeEventRepository events;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;

    OutboxFanOut(ChangeEventRepository events, WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** @return how many events were dispatched */
    @Transactional
    public int fanOut() {
        List<ChangeEvent> pending = events.findByDispatchedFalseOrderById(Pageable.from(0, BATCH));
        if (pending.isEmpty()) return 0;
        List<WebhookSubscription> active = subscriptions.findByActiveTrueOrderById();
        for (ChangeEvent event : pending) {
            for (WebhookSubscription s : active) {
                if (s.wants(event)) deliveries.save(new WebhookDelivery(s.getId(), event.getId()));
            }
            event.setDispatched(true);
            events.update(event);
        }
        return pending.size();
    }
}
