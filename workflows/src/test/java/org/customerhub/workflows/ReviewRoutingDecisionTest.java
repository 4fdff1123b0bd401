package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The routing table on its own, evaluated through the engine's DecisionService as the business rule task does. */
@Deployment(resources = ReviewRoutingDecisionTest.DMN)
class ReviewRoutingDecisionTest {
    static final String DMN = "dmn/merge-review-routing.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("review-routing-test"))
            .build();

    @AfterAll
    static void closeEngine() {
        extension.getProcessEngine().close();
    }

    /** scoreBand, sourceCode, conflicts, vip (null: not sent), then approvers, queue and the rule that decides. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("high", "hotel", 0, true, 2, "vip", "Rule_Vip"),
                Arguments.of("low", "casino", 5, true, 2, "vip", "Rule_Vip"),
                Arguments.of("low", "casino", 3, false, 2, "conflicts", "Rule_CasinoLowBandWithConflicts"),
                Arguments.of("low", "casino", 2, false, 2, "standard", "Rule_CasinoLowBand"),
                Arguments.of("low", "casino", null, null, 2, "standard", "Rule_CasinoLowBand"),
                Arguments.of("medium", "hotel", 3, false, 1, "conflicts", "Rule_Conflicts"),
                Arguments.of("medium", "casino", 4, null, 1, "conflicts", "Rule_Conflicts"),
                Arguments.of("high", "spa", 2, false, 1, "standard", "Rule_Standard"),
                Arguments.of("medium", "casino", 0, false, 1, "standard", "Rule_Standard"),
                Arguments.of("low", "hotel", 0, false, 1, "standard", "Rule_Standard"),
                Arguments.of("low", "hotel", null, null, 1, "standard", "Rule_Standard"));
    }

    @ParameterizedTest(name = "{0} band, {1}, conflicts {2}, vip {3}: {4} approver(s), queue {5}")
    @MethodSource("cases")
    void routesByScoreBandSourceConflictsAndVip(String scoreBand, String sourceCode, Integer conflicts, Boolean vip,
                                                int approvers, String queue, String rule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("scoreBand", scoreBand);
        variables.put("sourceCode", sourceCode);
        // a missing variable is what the hub sends when it does not know: the table must treat it as 0 / false
        if (conflicts != null) variables.put("conflicts", conflicts);
        if (vip != null) variables.put("vip", vip);

        DmnDecisionRuleResult routing = extension.getDecisionService()
                .evaluateDecisionTableByKey("reviewRouting", variables).getSingleResult();

        assertThat(routing).containsOnly(Map.entry("approvers", approvers), Map.entry("queue", queue));
        assertThat(ruleThatDecided()).isEqualTo(rule);
    }

    @Test
    void everyRuleOfTheTableIsExercisedAndTheFirstMatchWins() {
        DmnModelInstance model;
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream(DMN)) {
            model = Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        List<String> rules = table.getRules().stream().map(Rule::getId).toList();
        assertThat(cases().map(c -> (String) c.get()[6]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(rules);
        assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());
    }

    /** Each test gets its own deployment, removed with its history afterwards, so there is one evaluation. */
    private static String ruleThatDecided() {
        HistoricDecisionInstance evaluation = extension.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("reviewRouting").includeOutputs().singleResult();
        return evaluation.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
                .distinct().collect(Collectors.joining(","));
    }
}
