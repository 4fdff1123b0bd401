package org.customerhub.governance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Seeds the starting definitions (config/governance/defaults.yml) as approved version 1 of each kind nobody has
 * defined yet, so that the contact check and flagging work on a new hub. Audited as the hub's own action.
 */
@Singleton
@Requires(property = "hub.governance.defaults.enabled", notEquals = "false")
public class GovernanceDefaults implements ApplicationEventListener<StartupEvent>, Ordered {
    static final String ACTOR = "system:governance-defaults";
    private static final String RESOURCE = "governance/defaults.yml";
    private final DefinitionStore store;

    public GovernanceDefaults(DefinitionStore store) {
        this.store = store;
    }

    /** Before the other start-up work (the demo's interactions, the contact check's first callers). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        List<DefinitionVersion> existing = store.all();
        for (Map<String, Object> d : read()) {
            DefinitionKind kind = DefinitionKind.fromWire((String) d.get("kind"))
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown kind " + d.get("kind")));
            if (existing.stream().anyMatch(v -> v.kindValue() == kind || v.getKey().equals(d.get("key")))) continue;
            String body = (String) d.get("body");
            DefinitionBodies.compile(kind, body);
            DefinitionVersion seeded = new DefinitionVersion((String) d.get("key"), kind, 1, ((String) d.get("description")).strip(), body, ACTOR);
            Instant now = Instant.now();
            seeded.setStatus(DefinitionStatus.APPROVED.name());
            seeded.setEffectiveFrom(now);
            seeded.setDecidedAt(now);
            seeded.setDecidedBy(ACTOR);
            seeded.setDecisionComment("starting definition of a new hub (" + RESOURCE + ")");
            store.save(seeded, ACTOR, "DEFINITION_SEEDED");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read() {
        try (InputStream in = GovernanceDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return List.of();
            return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
