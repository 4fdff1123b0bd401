package org.customerhub.workflow;

import java.util.HashMap;
import java.util.Map;

/** The variables a steward's decision completes a task with; the processes' gateways and delegates read them. */
final class StewardDecision {
    private StewardDecision() {
    }

    static Map<String, Object> variables(Enum<?> decision, String user, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("decidedBy", user);
        variables.put("comment", comment);
        return variables;
    }
}
