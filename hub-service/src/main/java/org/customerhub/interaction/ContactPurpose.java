package org.customerhub.interaction;

import java.util.List;
import java.util.Optional;

/** Why a silo wants to contact a customer; contact policies decide by it. */
public enum ContactPurpose {
    MARKETING_OFFER, UPSELL_OFFER, CROSS_SELL_OFFER, SURVEY, SERVICE, TRANSACTIONAL;

    public String wire() {
        return WireNames.of(this);
    }

    public static Optional<ContactPurpose> fromWire(String value) {
        return WireNames.parse(ContactPurpose.class, value);
    }

    public static List<String> wireNames() {
        return WireNames.all(ContactPurpose.class);
    }
}
