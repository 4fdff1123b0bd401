package org.customerhub.interaction;

import java.util.List;
import java.util.Optional;

/** Where an interaction stands: a booked stay is planned, an unresolved complaint open, a finished one completed. */
public enum InteractionStatus {
    PLANNED, OPEN, COMPLETED, CANCELLED;

    public String wire() {
        return WireNames.of(this);
    }

    public static Optional<InteractionStatus> fromWire(String value) {
        return WireNames.parse(InteractionStatus.class, value);
    }

    public static List<String> wireNames() {
        return WireNames.all(InteractionStatus.class);
    }
}
