package org.customerhub.cleansing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A proposal as the API and the steward's page show it: the record it is for, each field before and after with its
 * status, level, score, codes and change, the summary the routing table read, and the decision.
 *
 * @param raw the record as the source sent it (detail only; null in lists)
 */
public record ProposalView(long id, String source, String sourceKey, long recordId, int recordVersion, String customerNumber,
                           String kind, String cleanser, String cleanserVersion, String status, String resultStatus, int level,
                           int score, String change, String route, String queue, Long jobId, List<Field> fields,
                           Map<String, Object> accepted, boolean edited, String decidedBy, Instant decidedAt, String comment,
                           Instant createdAt, Map<String, Object> raw) {

    public record Field(String attribute, String before, String after, String status, int level, int score, List<String> codes,
                        String change) {
        public boolean changes() {
            return !"none".equals(change);
        }
    }

    public boolean waitsForSteward() {
        return "PENDING".equals(status) && "steward".equals(route);
    }
}
