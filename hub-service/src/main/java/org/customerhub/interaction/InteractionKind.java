package org.customerhub.interaction;

import java.util.List;
import java.util.Optional;

/** What happened between a silo and a customer. The wire name is lower case: {@code spa_visit}. */
public enum InteractionKind {
    STAY, SPA_VISIT, PURCHASE, GAMING_SESSION, RESTAURANT_VISIT, EVENT_ATTENDANCE, SERVICE_CASE, COMPLAINT,
    CANCELLATION_REQUEST, MARKETING_OFFER, CAMPAIGN_RESPONSE;

    public String wire() {
        return WireNames.of(this);
    }

    public static Optional<InteractionKind> fromWire(String value) {
        return WireNames.parse(InteractionKind.class, value);
    }

    public static List<String> wireNames() {
        return WireNames.all(InteractionKind.class);
    }
}
