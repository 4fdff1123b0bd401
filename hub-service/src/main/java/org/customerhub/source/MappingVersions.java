package org.customerhub.source;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The life of a mapping version after the first: submitted as PENDING (a newer submission withdraws an older
 * pending one), then activated or rejected by a steward's decision. Status changes only; who may decide is
 * stewardship's rule, and the records are read with the ACTIVE version throughout ({@link SourceRegistry}).
 */
@Singleton
public class MappingVersions {
    private final SourceSystemRepository sources;
    private final FieldMappingRepository mappings;
    private final SourceRegistry registry;

    public MappingVersions(SourceSystemRepository sources, FieldMappingRepository mappings, SourceRegistry registry) {
        this.sources = sources;
        this.mappings = mappings;
        this.registry = registry;
    }

    /** A stored mapping version with its source, as stewardship shows it. */
    public record Version(long id, SourceInfo source, int version, String status, String body, Instant createdAt,
                          String createdBy, String decidedBy, Instant decidedAt, String decisionComment) {
        static Version of(SourceInfo source, FieldMappingVersion v) {
            return new Version(v.getId(), source, v.getVersion(), v.getStatus(), v.getBody(), v.getCreatedAt(), v.getCreatedBy(),
                    v.getDecidedBy(), v.getDecidedAt(), v.getDecisionComment());
        }

        public boolean pending() {
            return FieldMappingVersion.Status.PENDING.name().equals(status);
        }
    }

    /**
     * Within {@link SourceRegistry#putMapping}: stores a changed mapping of a source that has an active one as
     * PENDING. The same body again changes nothing; the version must be above every stored one (also rejected ones).
     */
    static SourceRegistry.MappingVersionInfo submit(FieldMappingRepository mappings, AuditLog audit, SourceSystem source,
                                                    FieldMappingVersion active, int version, String yaml, Principal actor) {
        String code = source.getCode();
        if (active.getBody().equals(yaml)) return new SourceRegistry.MappingVersionInfo(code, active.getVersion(), active.getStatus(), false);
        List<FieldMappingVersion> stored = mappings.findBySourceIdOrderByVersionDesc(source.getId());
        Optional<FieldMappingVersion> pending = stored.stream().filter(FieldMappingVersion::isPending).findFirst();
        if (pending.isPresent() && pending.get().getBody().equals(yaml)) {
            return new SourceRegistry.MappingVersionInfo(code, pending.get().getVersion(), pending.get().getStatus(), false);
        }
        FieldMappingVersion latest = stored.get(0);
        if (version <= latest.getVersion()) {
            throw RequestRefused.invalid("Invalid field mapping", List.of(new Violation("version",
                    "must be greater than version " + latest.getVersion() + " (" + latest.getStatus().toLowerCase() + ")")));
        }
        pending.ifPresent(p -> {
            p.setStatus(FieldMappingVersion.Status.WITHDRAWN.name());
            p.setDecidedBy(actor.name());
            p.setDecidedAt(Instant.now());
            p.setDecisionComment("replaced by version " + version + " before a decision");
            mappings.update(p);
        });
        FieldMappingVersion saved = mappings.save(new FieldMappingVersion(source.getId(), version,
                FieldMappingVersion.Status.PENDING, yaml, actor.name()));
        audit.record(actor.name(), "MAPPING_SUBMITTED", "source:" + code, "version " + version + " waits for a steward's approval"
                + pending.map(p -> "; version " + p.getVersion() + " withdrawn").orElse(""));
        return new SourceRegistry.MappingVersionInfo(code, saved.getVersion(), saved.getStatus(), true);
    }

    @Transactional
    public List<Version> pending() {
        return mappings.findByStatusOrderByCreatedAt(FieldMappingVersion.Status.PENDING.name()).stream()
                .map(v -> Version.of(registry.byId(v.getSourceId()), v)).toList();
    }

    @Transactional
    public Version find(String code, int version) {
        return Version.of(sourceInfo(code), stored(code, version));
    }

    /** Every stored version of the source, newest first. */
    @Transactional
    public List<Version> versions(String code) {
        SourceInfo source = sourceInfo(code);
        return mappings.findBySourceIdOrderByVersionDesc(source.id()).stream().map(v -> Version.of(source, v)).toList();
    }

    /** Drops the cached active mapping once a decision has committed (see {@link SourceRegistry#forgetMapping}). */
    public void forget(String code) {
        registry.forgetMapping(code);
    }

    /** The version records are read with now; empty before the first mapping. */
    @Transactional
    public Optional<Version> active(String code) {
        SourceInfo source = sourceInfo(code);
        return mappings.findBySourceIdAndStatus(source.id(), FieldMappingVersion.Status.ACTIVE.name()).map(v -> Version.of(source, v));
    }

    /**
     * Makes a pending version the active one; the former active version is superseded. Returns false, changing
     * nothing, when the version is no longer pending (decided or withdrawn meanwhile): a repeated step is harmless.
     */
    @Transactional
    public boolean activate(String code, int version, String steward, String comment) {
        FieldMappingVersion pending = stored(code, version);
        if (!pending.isPending()) return false;
        mappings.findBySourceIdAndStatus(pending.getSourceId(), FieldMappingVersion.Status.ACTIVE.name()).ifPresent(a -> {
            a.setStatus(FieldMappingVersion.Status.SUPERSEDED.name());
            mappings.update(a);
        });
        decide(pending, FieldMappingVersion.Status.ACTIVE, steward, comment);
        registry.forgetMapping(code);
        return true;
    }

    /** Rejects a pending version; the active version stays. False, changing nothing, when it is no longer pending. */
    @Transactional
    public boolean reject(String code, int version, String steward, String comment) {
        FieldMappingVersion pending = stored(code, version);
        if (!pending.isPending()) return false;
        decide(pending, FieldMappingVersion.Status.REJECTED, steward, comment);
        return true;
    }

    private void decide(FieldMappingVersion v, FieldMappingVersion.Status status, String steward, String comment) {
        v.setStatus(status.name());
        v.setDecidedBy(steward);
        v.setDecidedAt(Instant.now());
        v.setDecisionComment(comment);
        mappings.update(v);
    }

    private SourceInfo sourceInfo(String code) {
        return sources.findByCode(code).map(SourceInfo::of).orElseThrow(() -> RequestRefused.notFound("source", code));
    }

    private FieldMappingVersion stored(String code, int version) {
        return mappings.findBySourceIdAndVersion(sourceInfo(code).id(), version)
                .orElseThrow(() -> RequestRefused.notFound("mapping version", code + " v" + version));
    }
}
