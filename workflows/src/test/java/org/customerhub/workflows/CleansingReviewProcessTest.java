package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the cleansing proposal process: the three automatic routes and the steward's three decisions. */
@Deployment(resources = {"bpmn/cleansing-review.bpmn", CleansingRoutingDecisionTest.DMN})
class CleansingReviewProcessTest {
    private static final long PROPOSAL_ID = 815L;

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("cleansing-review-test"))
            .build();

    /** Injected by the extension. */
    ProcessEngine processEngine;

    /** What each delegate was handed, in order: "route:steward/partial", "apply:{...}", "reject:{...}". */
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final Map<String, Object> lastVariables = new HashMap<>();
    private int applyFailures;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("recordCleansingRouteDelegate", (JavaDelegate) execution ->
                steps.add("route:" + execution.getVariable("route") + "/" + execution.getVariable("queue")));
        Mocks.register("applyCleansingProposalDelegate", (JavaDelegate) execution -> {
            if (applyFailures-- > 0) throw new IllegalStateException("golden record could not be recomputed");
            lastVariables.putAll(execution.getVariables());
            steps.add("apply");
        });
        Mocks.register("rejectCleansingProposalDelegate", (JavaDelegate) execution -> {
            lastVariables.putAll(execution.getVariables());
            steps.add("reject");
        });
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void closeEngine() {
        extension.getProcessEngine().close();
    }

    private ProcessInstance propose(String status, int level, int score, String change) {
        return processEngine.getRuntimeService().startProcessInstanceByKey("cleansingReview", String.valueOf(PROPOSAL_ID), Map.of(
                "proposalId", PROPOSAL_ID, "sourceCode", "hotel", "kind", "address",
                "status", status, "level", level, "score", score, "change", change));
    }

    private static Map<String, Object> decision(String decision, String steward, String values) {
        Map<String, Object> variables = new HashMap<>(Map.of("decision", decision, "decidedBy", steward, "comment", "checked"));
        if (values != null) variables.put("values", values);
        return variables;
    }

    @Test
    void aVerifiedFormatOnlyChangeIsAppliedWithoutASteward() {
        ProcessInstance proposal = propose("verified", 4, 96, "format");

        assertThat(proposal).hasPassed("Task_RouteProposal", "Task_RecordRoute", "Task_ApplyProposal", "End_Accepted")
                .hasNotPassed("Task_ReviewProposal").isEnded();
        assertThat(steps).containsExactly("route:auto-accept/none", "apply");
        assertThat(lastVariables).containsEntry("proposalId", PROPOSAL_ID).doesNotContainKey("decidedBy");
    }

    @Test
    void aRevertedProposalIsRejectedWithoutASteward() {
        ProcessInstance proposal = propose("reverted", 0, 0, "content");

        assertThat(proposal).hasPassed("Task_RejectProposal", "End_Rejected").hasNotPassed("Task_ReviewProposal").isEnded();
        assertThat(steps).containsExactly("route:reject/none", "reject");
    }

    @Test
    void aContentChangeWaitsForAStewardInItsQueue() {
        ProcessInstance proposal = propose("verified", 5, 95, "content");

        assertThat(proposal).isWaitingAtExactly("Task_ReviewProposal").variables().containsEntry("route", "steward").containsEntry("queue", "content");
        assertThat(task(proposal)).hasName("Review cleansing proposal").hasCandidateGroup("steward").isNotAssigned();
        assertThat(steps).containsExactly("route:steward/content");
    }

    @Test
    void aStewardAcceptingAppliesTheProposal() {
        ProcessInstance proposal = propose("partially_verified", 3, 70, "format");

        complete(task(proposal), decision("ACCEPT", "steward-anna", null));

        assertThat(proposal).hasPassed("Task_ApplyProposal", "End_Accepted").hasNotPassed("Task_RejectProposal").isEnded();
        assertThat(steps).containsExactly("route:steward/partial", "apply");
        assertThat(lastVariables).containsEntry("decidedBy", "steward-anna").containsEntry("decision", "ACCEPT");
    }

    @Test
    void aStewardEditingAppliesTheStewardsValues() {
        ProcessInstance proposal = propose("conflict", 2, 40, "content");

        complete(task(proposal), decision("EDIT", "steward-ben", "{\"postcode\":\"89169\"}"));

        assertThat(proposal).hasPassed("Task_ApplyProposal").isEnded();
        assertThat(lastVariables).containsEntry("decision", "EDIT").containsEntry("values", "{\"postcode\":\"89169\"}");
    }

    @Test
    void aStewardRejectingRejectsTheProposal() {
        ProcessInstance proposal = propose("ambiguous", 2, 50, "content");

        complete(task(proposal), decision("REJECT", "steward-carl", null));

        assertThat(proposal).hasPassed("Task_RejectProposal", "End_Rejected").hasNotPassed("Task_ApplyProposal").isEnded();
        assertThat(steps).containsExactly("route:steward/conflicts", "reject");
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance proposal = propose("verified", 3, 80, "content");

        assertThatThrownBy(() -> complete(task(proposal), decision("MAYBE", "steward-anna", null)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Gateway_StewardDecision");

        assertThat(proposal).isWaitingAtExactly("Task_ReviewProposal");
        assertThat(steps).containsExactly("route:steward/content");
    }

    @Test
    void aFailedApplicationKeepsTheStewardsTaskOpen() {
        ProcessInstance proposal = propose("verified", 5, 95, "content");
        applyFailures = 1;

        assertThatThrownBy(() -> complete(task(proposal), decision("ACCEPT", "steward-anna", null))).isInstanceOf(IllegalStateException.class);

        assertThat(proposal).isWaitingAtExactly("Task_ReviewProposal");
        complete(task(proposal), decision("ACCEPT", "steward-anna", null));
        assertThat(proposal).hasPassed("End_Accepted").isEnded();
    }

    @Test
    void aFailedAutomaticApplicationStartsNothing() {
        applyFailures = 1;

        assertThatThrownBy(() -> propose("verified", 4, 96, "format")).isInstanceOf(IllegalStateException.class);

        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cleansingReview").count()).isZero();
    }

    @Test
    void theDiagramShowsEveryElementAndFlow() throws Exception {
        BpmnModelInstance model;
        try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream("bpmn/cleansing-review.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        assertThat(model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(SequenceFlow.class)));
    }

    private static List<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }
}
