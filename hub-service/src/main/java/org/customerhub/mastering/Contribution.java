package org.customerhub.mastering;

import org.customerhub.customer.CanonicalRecord;

import java.time.Instant;

/** What one source record offers to its master's golden record, with what survivorship needs to rank it. */
public record Contribution(long recordId, String sourceCode, String sourceKey, double sourceTrust,
                           Instant updatedAt, CanonicalRecord canonical) {
}
