package org.customerhub.mastering;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;

import java.time.Instant;
import java.util.Set;

/**
 * What one source record (or a {@link ContributionProvider}) offers to its master's golden record, with what
 * survivorship needs to rank it.
 *
 * @param sourceTrust the trust of the contributing source as registered; {@code hub.survivorship.trust} may
 *                    override it per attribute
 * @param validated   attributes whose value an outside check confirmed (e.g. an address verification service):
 *                    the {@code validated} criterion prefers them
 */
public record Contribution(long recordId, String sourceCode, String sourceKey, double sourceTrust,
                           Instant updatedAt, CanonicalRecord canonical, Set<CanonicalAttribute> validated) {

    public Contribution {
        validated = Set.copyOf(validated);
    }

    /** A contribution with no validated attributes. */
    public Contribution(long recordId, String sourceCode, String sourceKey, double sourceTrust,
                        Instant updatedAt, CanonicalRecord canonical) {
        this(recordId, sourceCode, sourceKey, sourceTrust, updatedAt, canonical, Set.of());
    }
}
