package org.customerhub.interaction;

import java.time.Instant;

/**
 * An interaction as a reader sees it. Another silo's interaction shows only silo, kind, status and dates: its id,
 * record key and summary are null.
 */
public record InteractionView(String silo, String kind, String status, Instant occurredAt, Instant endedAt, String id,
                              String sourceKey, String summary) {

    static InteractionView full(CustomerActivity.Item i) {
        return new InteractionView(i.silo(), i.kind(), i.status(), i.at(), i.endedAt(), i.sourceInteractionId(), i.sourceKey(), i.summary());
    }

    static InteractionView outline(CustomerActivity.Item i) {
        return new InteractionView(i.silo(), i.kind(), i.status(), i.at(), i.endedAt(), null, null, null);
    }

    /** What {@code reader} (a silo's code, or null for stewards and admins) may see of it. */
    static InteractionView forReader(CustomerActivity.Item i, String readerSilo) {
        return readerSilo == null || readerSilo.equals(i.silo()) ? full(i) : outline(i);
    }
}
