package org.customerhub.interaction;

/**
 * An interaction as a source reports it: its own id for it, its own record key, kind, status, when (ISO 8601
 * instant or date) and an optional summary only the reporting silo and stewards see.
 */
public record InteractionReport(String id, String sourceKey, String kind, String status, String occurredAt, String endedAt,
                                String summary) {
}
