package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cleansing routing table on its own: every rule, with the cases at its edges. */
@Deployment(resources = CleansingRoutingDecisionTest.DMN)
class CleansingRoutingDecisionTest {
    static final String DMN = "dmn/cleansing-routing.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("cleansing-routing-test"))
            .build();

    @AfterAll
    static void closeEngine() {
        extension.getProcessEngine().close();
    }

    /** status, level, score, change, then route, queue and the rule that decides. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("reverted", 5, 100, "format", "reject", "none", "Rule_Reverted"),
                Arguments.of("reverted", 0, 0, "content", "reject", "none", "Rule_Reverted"),
                Arguments.of("unverified", 3, 40, "content", "reject", "none", "Rule_UnverifiedContent"),
                Arguments.of("conflict", 4, 95, "format", "steward", "conflicts", "Rule_Conflicting"),
                Arguments.of("ambiguous", 2, 50, "none", "steward", "conflicts", "Rule_Conflicting"),
                Arguments.of("conflict", 0, 0, "content", "steward", "conflicts", "Rule_Conflicting"),
                Arguments.of("verified", 4, 90, "format", "auto-accept", "none", "Rule_VerifiedFormatOnly"),
                Arguments.of("verified", 5, 100, "enrichment", "auto-accept", "none", "Rule_VerifiedFormatOnly"),
                Arguments.of("verified", 5, 100, "content", "steward", "content", "Rule_VerifiedContentChange"),
                Arguments.of("verified", 3, 95, "content", "steward", "content", "Rule_VerifiedContentChange"),
                Arguments.of("partially_verified", 4, 95, "format", "steward", "partial", "Rule_PartiallyVerified"),
                Arguments.of("partially_verified", 2, 70, "content", "steward", "partial", "Rule_PartiallyVerified"),
                Arguments.of("verified", 3, 95, "format", "steward", "review", "Rule_Otherwise"),
                Arguments.of("verified", 4, 89, "format", "steward", "review", "Rule_Otherwise"),
                Arguments.of("unverified", 0, 10, "format", "steward", "review", "Rule_Otherwise"));
    }

    @ParameterizedTest(name = "{0}, level {1}, score {2}, {3} change: {4} ({5})")
    @MethodSource("cases")
    void routesByStatusLevelScoreAndChange(String status, int level, int score, String change, String route, String queue, String rule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("status", status);
        variables.put("level", level);
        variables.put("score", score);
        variables.put("change", change);

        DmnDecisionRuleResult routing = extension.getDecisionService()
                .evaluateDecisionTableByKey("cleansingRouting", variables).getSingleResult();

        assertThat(routing).containsOnly(Map.entry("route", route), Map.entry("queue", queue));
        assertThat(extension.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("cleansingRouting")
                .includeOutputs().singleResult().getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
                .distinct().collect(Collectors.joining(","))).isEqualTo(rule);
    }

    @Test
    void everyRuleIsExercisedAndEachSaysWhy() throws IOException {
        DecisionTable table;
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream(DMN)) {
            table = Dmn.readModelFromStream(dmn).getModelElementsByType(DecisionTable.class).iterator().next();
        }
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(cases().map(c -> (String) c.get()[6]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(table.getRules().stream().map(Rule::getId).toList());
        assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());
    }
}
