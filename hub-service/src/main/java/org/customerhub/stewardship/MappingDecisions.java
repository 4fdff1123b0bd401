package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.source.MappingVersions;

/**
 * Applies a steward's decision on a mapping version; called by the mapping-approval process. Idempotent: a version
 * that is no longer pending is left as it is, so a retried step changes nothing and audits nothing.
 */
@Singleton
public class MappingDecisions {
    private final MappingVersions versions;
    private final AuditLog audit;

    public MappingDecisions(MappingVersions versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Transactional
    public void activate(String sourceCode, int version, String steward, String comment) {
        if (versions.activate(sourceCode, version, steward, comment)) {
            audit.record(steward, "MAPPING_APPROVED", "source:" + sourceCode, "version " + version + " in use" + because(comment));
        }
    }

    @Transactional
    public void reject(String sourceCode, int version, String steward, String comment) {
        if (versions.reject(sourceCode, version, steward, comment)) {
            audit.record(steward, "MAPPING_REJECTED", "source:" + sourceCode, "version " + version + " rejected" + because(comment));
        }
    }

    private static String because(String comment) {
        return comment == null || comment.isBlank() ? "" : ": " + comment;
    }
}
