package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.governance.GovernedRules;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.FieldMappingVersion;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.stewardship.MappingApprovals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Source systems and their field mappings. */
@Controller("/api/v1/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourcesController {
    private static final long MAX_MAPPING_BYTES = 200_000;
    private final SourceRegistry registry;
    private final MappingApprovals approvals;
    private final GovernedRules governance;

    public SourcesController(SourceRegistry registry, MappingApprovals approvals, GovernedRules governance) {
        this.registry = registry;
        this.approvals = approvals;
        this.governance = governance;
    }

    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<?> register(HttpRequest<?> request, @Body String body) {
        Principal admin = Callers.requireRole(request, Role.ADMIN);
        Map<String, Object> json = JsonBodies.object(body, MAX_MAPPING_BYTES);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("code", "name", "trust", "mapping"), violations);
        String code = JsonBodies.text(json, "code", true, violations);
        String name = JsonBodies.text(json, "name", true, violations);
        String mapping = JsonBodies.text(json, "mapping", false, violations);
        Double trust = null;
        if (json.get("trust") != null) {
            if (json.get("trust") instanceof Number n) trust = n.doubleValue();
            else violations.add(new Violation("trust", "must be a number between 0 and 1"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid source registration", violations);
        SourceRegistry.Registration registration = mapping == null ? registry.register(code, name, trust, admin)
                : registry.registerWithMapping(code, name, trust, mapping, admin);
        registry.forgetMapping(code);
        Map<String, Object> response = registrationBody(registration);
        if (mapping != null) {
            response.put("mappingVersion", registry.activeMapping(code).version());
            response.put("findings", governance.check(registry.activeMapping(code).mapping()));
        }
        return HttpResponse.created(response);
    }

    @Get
    public List<SourceInfo> list(HttpRequest<?> request) {
        Callers.requireRole(request, Role.ADMIN);
        return registry.list();
    }

    @Post("/{code}/token")
    @Consumes(MediaType.ALL)
    public Map<String, Object> rotateToken(HttpRequest<?> request, String code) {
        return registrationBody(registry.rotateToken(code, Callers.of(request)));
    }

    @Put("/{code}/mapping")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/plain", MediaType.APPLICATION_JSON})
    public HttpResponse<Map<String, Object>> putMapping(HttpRequest<?> request, String code, @Body String yaml) {
        if (yaml == null || yaml.isBlank())
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Empty body", "Send the mapping as YAML");
        if (yaml.length() > MAX_MAPPING_BYTES)
            throw new RequestRefused(RequestRefused.Reason.TOO_LARGE, "Body too large", "A mapping may have at most " + MAX_MAPPING_BYTES + " bytes");
        SourceRegistry.MappingVersionInfo info = registry.putMapping(code, yaml, Callers.of(request));
        registry.forgetMapping(code);
        // a changed mapping of a source in use waits for a steward (202); the first one is active at once (201)
        if (info.pending() && info.changed()) approvals.submitted(code, info.version());
        Map<String, Object> response = new LinkedHashMap<>(Map.of("source", info.source(), "version", info.version(),
                "status", info.status(), "changed", info.changed()));
        // the approved nomenclature's findings on the version sent (which may wait for approval): flagged, not refused
        response.put("findings", governance.check(FieldMappingParser.parse(yaml)));
        return HttpResponse.status(info.pending() ? HttpStatus.ACCEPTED : info.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(response);
    }

    @Get("/{code}/mapping")
    public Map<String, Object> mapping(HttpRequest<?> request, String code) {
        Principal caller = Callers.of(request);
        if (!caller.isSource(code) && !caller.has(Role.STEWARD) && !caller.has(Role.ADMIN))
            throw RequestRefused.forbidden("Only the source itself, stewards and admins read its mapping");
        List<FieldMappingVersion> versions = registry.mappingHistory(code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", code);
        // each version with the approved nomenclature's findings on it: a version waiting for approval shows its own
        body.put("versions", versions.stream().map(v -> Map.of("version", v.getVersion(), "status", v.getStatus(),
                "createdAt", v.getCreatedAt().toString(), "createdBy", v.getCreatedBy(), "body", v.getBody(),
                "findings", governance.check(FieldMappingParser.parse(v.getBody())))).toList());
        if (!versions.isEmpty()) body.put("findings", governance.check(registry.activeMapping(code).mapping()));
        return body;
    }

    private static Map<String, Object> registrationBody(SourceRegistry.Registration registration) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("code", registration.source().code());
        response.put("name", registration.source().name());
        response.put("trust", registration.source().trust());
        response.put("token", registration.token());
        response.put("tokenNotice", "Shown once; the hub keeps only a hash. Rotate it with POST /api/v1/sources/{code}/token.");
        return response;
    }
}
