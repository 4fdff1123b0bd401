package org.customerhub.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.matching.SearchBeforeCreate;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.ingestion.RecordReader;
import org.customerhub.source.mapping.RecordRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search before create: send a record in a source's own fields ({@code {"source": "...", "record": {...}}})
 * or in canonical attributes ({@code {"canonical": {...}}}); get the ranked masters with scores and
 * explanations. Nothing is written.
 */
@Controller("/api/v1/match")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MatchController {
    private final SearchBeforeCreate search;
    private final RecordReader reader;

    public MatchController(SearchBeforeCreate search, RecordReader reader) {
        this.search = search;
        this.reader = reader;
    }

    @Post
    @Consumes(MediaType.ALL)
    @SuppressWarnings("unchecked")
    public SearchBeforeCreate.Answer match(HttpRequest<?> request, @Body String body) {
        Principal caller = Callers.of(request);
        if (caller.kind() != Principal.Kind.SOURCE && !caller.has(Role.STEWARD) && !caller.has(Role.ADMIN))
            throw RequestRefused.forbidden("Search before create is for sources and stewards");
        Map<String, Object> json = JsonBodies.object(body, 65536);
        List<Violation> violations = new ArrayList<>();
        JsonBodies.rejectUnknown(json, List.of("source", "record", "canonical", "limit"), violations);
        int limit = 10;
        if (json.get("limit") instanceof Number n) limit = Math.max(1, Math.min(50, n.intValue()));
        else if (json.get("limit") != null) violations.add(new Violation("limit", "must be a number from 1 to 50"));
        CanonicalRecord canonical = null;
        if (json.get("canonical") instanceof Map<?, ?> c) {
            c.forEach((k, v) -> {
                if (v instanceof Map<?, ?> || v instanceof List<?>) violations.add(new Violation("canonical." + k, "must be a single value"));
            });
            try {
                canonical = reader.standardize(CanonicalRecord.fromWire((Map<String, ?>) c));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("canonical", e.getMessage() + "; expected one of " + org.customerhub.customer.CanonicalAttribute.allWireNames()));
            }
        } else if (json.get("record") instanceof Map<?, ?> r) {
            String code = json.get("source") instanceof String s ? s : caller.sourceCode();
            if (code == null) violations.add(new Violation("source", "is required with record"));
            else if (caller.kind() == Principal.Kind.SOURCE && !caller.isSource(code))
                throw RequestRefused.forbidden("A source asks with its own mapping");
            else {
                try {
                    canonical = reader.read(code, (Map<String, Object>) r).canonical();
                } catch (RecordRejected e) {
                    e.problems().forEach(p -> violations.add(new Violation("record." + p.field(), p.message())));
                }
            }
        } else {
            violations.add(new Violation("record", "send either record (with source) or canonical as a JSON object"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid match request", violations);
        SearchBeforeCreate.Answer answer = search.ask(canonical, limit);
        return caller.kind() == Principal.Kind.SOURCE ? answer.forSource(caller.sourceCode()) : answer;
    }
}
