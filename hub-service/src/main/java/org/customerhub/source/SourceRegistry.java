package org.customerhub.source;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.security.SourceTokens;
import org.customerhub.source.mapping.FieldMapping;
import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.source.mapping.InvalidMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Registers source systems, issues their tokens and keeps their field mappings. A token is returned once and
 * stored only as a hash. Mapping versions are kept forever. A source's first mapping is active at once; a later
 * version waits as PENDING for a steward's approval ({@link MappingVersions}) before records are read with it.
 */
@Singleton
public class SourceRegistry {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final SourceSystemRepository sources;
    private final FieldMappingRepository mappings;
    private final AuditLog audit;
    private final Map<String, ActiveMapping> activeByCode = new ConcurrentHashMap<>();

    public SourceRegistry(SourceSystemRepository sources, FieldMappingRepository mappings, AuditLog audit) {
        this.sources = sources;
        this.mappings = mappings;
        this.audit = audit;
    }

    public record Registration(SourceInfo source, String token) {
    }

    public record MappingVersionInfo(String source, int version, String status, boolean changed) {
        public boolean pending() {
            return FieldMappingVersion.Status.PENDING.name().equals(status);
        }
    }

    @Transactional
    public Registration register(String code, String name, Double trust, Principal actor) {
        requireAdmin(actor);
        List<Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches())
            violations.add(new Violation("code", "must be 2-40 characters of a-z, 0-9 and '-', starting with a letter or digit"));
        if (name == null || name.isBlank() || name.length() > 200)
            violations.add(new Violation("name", "is required, at most 200 characters"));
        if (trust != null && (trust.isNaN() || trust < 0 || trust > 1))
            violations.add(new Violation("trust", "must be between 0 and 1"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid source registration", violations);
        if (sources.findByCode(code).isPresent())
            throw RequestRefused.conflict("Source already registered", "A source with code '" + code + "' exists; rotate its token instead");
        String token = SourceTokens.newToken(code);
        SourceSystem saved = sources.save(new SourceSystem(code, name.strip(), trust == null ? 0.5 : trust, SourceTokens.hash(token), actor.name()));
        audit.record(actor.name(), "SOURCE_REGISTERED", "source:" + code, null);
        return new Registration(SourceInfo.of(saved), token);
    }

    /** Issues a new token; the old one stops working at once. */
    @Transactional
    public Registration rotateToken(String code, Principal actor) {
        requireAdmin(actor);
        SourceSystem source = sources.findByCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        String token = SourceTokens.newToken(code);
        source.setTokenHash(SourceTokens.hash(token));
        sources.update(source);
        audit.record(actor.name(), "SOURCE_TOKEN_ROTATED", "source:" + code, null);
        return new Registration(SourceInfo.of(source), token);
    }

    /** Validates a mapping against the canonical model and makes it the active version of its source. */
    @Transactional
    public MappingVersionInfo putMapping(String code, String yaml, Principal actor) {
        SourceSystem source = sources.findByCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        if (!actor.has(Role.ADMIN) && !actor.isSource(code))
            throw RequestRefused.forbidden("Only an admin or source '" + code + "' itself may register its mapping");
        FieldMapping mapping;
        try {
            mapping = FieldMappingParser.parse(yaml);
        } catch (InvalidMapping e) {
            throw RequestRefused.invalid("Invalid field mapping", e.violations().stream()
                    .map(v -> new Violation(v.field(), v.message())).toList());
        }
        if (!code.equals(mapping.source()))
            throw RequestRefused.invalid("Invalid field mapping", List.of(new Violation("source",
                    "is '" + mapping.source() + "' but the mapping is registered for source '" + code + "'")));
        Optional<FieldMappingVersion> active = mappings.findBySourceIdAndStatus(source.getId(), FieldMappingVersion.Status.ACTIVE.name());
        if (active.isPresent()) {
            // a change of a mapping in use waits for a steward's approval (MappingVersions, stewardship's MappingApprovals)
            return MappingVersions.submit(mappings, audit, source, active.get(), mapping.version(), yaml, actor);
        }
        FieldMappingVersion saved = mappings.save(new FieldMappingVersion(source.getId(), mapping.version(),
                FieldMappingVersion.Status.ACTIVE, yaml, actor.name()));
        activeByCode.remove(code);
        audit.record(actor.name(), "MAPPING_REGISTERED", "source:" + code, "version " + mapping.version());
        return new MappingVersionInfo(code, saved.getVersion(), saved.getStatus(), true);
    }

    @Transactional
    public ActiveMapping activeMapping(String code) {
        ActiveMapping cached = activeByCode.get(code);
        if (cached != null) return cached;
        SourceSystem source = sources.findByCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        FieldMappingVersion version = mappings.findBySourceIdAndStatus(source.getId(), FieldMappingVersion.Status.ACTIVE.name())
                .orElseThrow(() -> RequestRefused.conflict("Source has no mapping",
                        "Source '" + code + "' has no active field mapping yet: PUT /api/v1/sources/" + code + "/mapping first"));
        ActiveMapping active = new ActiveMapping(SourceInfo.of(source), version.getVersion(), FieldMappingParser.parse(version.getBody()));
        activeByCode.put(code, active);
        return active;
    }

    @Transactional
    public List<FieldMappingVersion> mappingHistory(String code) {
        SourceSystem source = sources.findByCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        return mappings.findBySourceIdOrderByVersionDesc(source.getId());
    }

    /**
     * The source a bearer token belongs to, if any. Not cached: a rotated token must stop working at once, on
     * every hub node, and the lookup is one indexed read.
     */
    @Transactional
    public Optional<String> authenticate(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return sources.findByTokenHash(SourceTokens.hash(token)).map(SourceSystem::getCode);
    }

    /**
     * Registers a source and its first mapping in one transaction: a refused mapping leaves no source behind
     * (whose token nobody would have seen).
     */
    @Transactional
    public Registration registerWithMapping(String code, String name, Double trust, String yaml, Principal actor) {
        Registration registration = register(code, name, trust, actor);
        putMapping(code, yaml, actor);
        return registration;
    }

    /**
     * Drops the cached active mapping. Called again after the registering transaction has committed, so that a
     * read racing the commit cannot keep the old version cached.
     */
    public void forgetMapping(String code) {
        activeByCode.remove(code);
    }

    @Transactional
    public Optional<SourceInfo> byCode(String code) {
        return sources.findByCode(code).map(SourceInfo::of);
    }

    private final Map<Long, SourceInfo> byId = new ConcurrentHashMap<>();

    @Transactional
    public SourceInfo byId(long id) {
        return byId.computeIfAbsent(id, k -> sources.findById(k).map(SourceInfo::of)
                .orElseThrow(() -> RequestRefused.notFound("source", String.valueOf(k))));
    }

    @Transactional
    public List<SourceInfo> list() {
        return sources.findAllOrderByCode().stream().map(SourceInfo::of).toList();
    }

    private static void requireAdmin(Principal actor) {
        if (!actor.has(Role.ADMIN)) throw RequestRefused.forbidden("Only an admin may register source systems");
    }
}
