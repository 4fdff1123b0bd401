package org.customerhub.api;

import org.customerhub.common.Violation;
import org.customerhub.ingestion.RecordQueries;

import java.util.List;
import java.util.Map;

/** Fields that steward actions on masters share: a reason, and source records named by source and key. */
final class StewardBodies {
    static final int MAX_REASON = 2000;

    private StewardBodies() {
    }

    /** The reason a steward gives; required where the action changes what the hub says about a customer. */
    static String reason(Map<String, Object> json, boolean required, String fallback, List<Violation> violations) {
        String reason = JsonBodies.text(json, "reason", required, violations);
        if (reason != null && reason.isBlank() && required) violations.add(new Violation("reason", "must not be blank"));
        if (reason != null && reason.length() > MAX_REASON) violations.add(new Violation("reason", "at most " + MAX_REASON + " characters"));
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }

    /** A record named {@code {"source": "...", "sourceKey": "..."}}; null (with a violation) when malformed. */
    static Long record(Object ref, String field, RecordQueries records, List<Violation> violations) {
        if (ref instanceof Map<?, ?> r && r.get("source") instanceof String code && r.get("sourceKey") instanceof String key && r.size() == 2) {
            return records.recordId(code, key);
        }
        violations.add(new Violation(field, "must be {\"source\": \"...\", \"sourceKey\": \"...\"}"));
        return null;
    }
}
