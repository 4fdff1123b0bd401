package org.customerhub.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Output;

import java.util.Arrays;
import java.util.List;

/**
 * The queues of the deployed routing table (dmn/merge-review-routing.dmn), read from the allowed values of its
 * {@code queue} output: a queue added in Camunda Modeler shows up in the inbox without a code change.
 */
final class RoutingQueues {
    static final String DECISION = "reviewRouting";

    private RoutingQueues() {
    }

    static List<String> of(RepositoryService repository) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (definition == null) return List.of();
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        return model.getModelElementsByType(Output.class).stream()
                .filter(o -> "queue".equals(o.getName()) && o.getOutputValues() != null && o.getOutputValues().getText() != null)
                .findFirst()
                .map(o -> parse(o.getOutputValues().getText().getTextContent()))
                .orElse(List.of());
    }

    /** A FEEL list of string literals: {@code "standard","vip","conflicts"}. */
    static List<String> parse(String allowedValues) {
        return Arrays.stream(allowedValues.split(","))
                .map(String::strip)
                .map(v -> v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
