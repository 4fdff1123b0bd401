package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/merge-review.bpmn", ReviewRoutingDecisionTest.DMN})
class MergeReviewProcessTest {

    private static final String PROCESS_KEY = "mergeReview";
    private static final long REVIEW_ID = 4711L;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("merge-review-test"))
            .build();

    /** Injected by the extension, which sets every field of this type, so no other field may hold the engine. */
    ProcessEngine processEngine;

    private final RecordingDelegate mergeMasters = new RecordingDelegate();
    private final RecordingDelegate recordNotAMatch = new RecordingDelegate();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("mergeMastersDelegate", mergeMasters);
        Mocks.register("recordNotAMatchDelegate", recordNotAMatch);
    }

    @AfterEach
    void forgetDelegatesAndTime() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void closeEngine() {
        extension.getProcessEngine().close();
    }

    @Test
    void aRequestedReviewIsRoutedAndWaitsForAStewardUnderTheReviewId() {
        ProcessInstance review = startReview();

        assertThat(review).hasBusinessKey(String.valueOf(REVIEW_ID))
                .hasPassed("Task_RouteReview")
                .isWaitingAtExactly("Task_ReviewMerge");
        assertThat(task(review))
                .hasName("Review possible duplicate")
                .hasCandidateGroup("steward")
                .isNotAssigned();
        // the hub sends neither conflicts nor vip yet: the table takes them as 0 and false
        assertThat(review).variables()
                .containsEntry("approvers", 1)
                .containsEntry("queue", "standard")
                .doesNotContainKeys("conflicts", "vip", "escalated");
        assertThat(mergeMasters.calls()).isEmpty();
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void aVipReviewWaitsInTheVipQueueForTwoApprovers() {
        ProcessInstance review = startReview(Map.of("vip", true));

        assertThat(review).isWaitingAtExactly("Task_ReviewMerge").variables()
                .containsEntry("approvers", 2)
                .containsEntry("queue", "vip");
    }

    @Test
    void approvalMergesTheMastersOnce() {
        ProcessInstance review = startReview();

        complete(task(review), decision("APPROVE", "steward-anna", "same person, moved house"));

        assertThat(review).hasPassed("Task_MergeMasters", "End_Merged")
                .hasNotPassed("Task_SecondApproval", "Task_RecordNotAMatch", "End_NotAMatch")
                .isEnded();
        assertThat(mergeMasters.calls()).hasSize(1);
        RecordingDelegate.Call merge = mergeMasters.calls().get(0);
        assertThat(merge.businessKey()).isEqualTo(String.valueOf(REVIEW_ID));
        assertThat(merge.variables())
                .containsEntry("reviewId", REVIEW_ID)
                .containsEntry("decidedBy", "steward-anna")
                .containsEntry("comment", "same person, moved house")
                .containsEntry("scoreBand", "medium")
                .containsEntry("sourceCode", "hotel");
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void rejectionRecordsNotAMatch() {
        ProcessInstance review = startReview();

        complete(task(review), decision("REJECT", "steward-ben", ""));

        assertThat(review).hasPassed("Task_RecordNotAMatch", "End_NotAMatch")
                .hasNotPassed("Task_MergeMasters", "End_Merged")
                .isEnded();
        assertThat(recordNotAMatch.calls()).hasSize(1);
        assertThat(recordNotAMatch.calls().get(0).variables())
                .containsEntry("reviewId", REVIEW_ID)
                .containsEntry("decidedBy", "steward-ben")
                .containsEntry("comment", "");
        assertThat(mergeMasters.calls()).isEmpty();
    }

    @Test
    void aFailedMergeKeepsTheReviewOpenForAnotherTry() {
        ProcessInstance review = startReview();
        String taskId = task(review).getId();
        mergeMasters.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(review), decision("APPROVE", "steward-anna", "")))
                .isInstanceOf(RecordingDelegate.Failed.class);

        assertThat(review).isNotEnded().isWaitingAtExactly("Task_ReviewMerge");
        assertThat(task(review).getId()).isEqualTo(taskId);
        assertThat(runtime().getVariables(review.getId())).doesNotContainKeys("decision", "decidedBy", "comment");

        complete(task(review), decision("APPROVE", "steward-carl", "retried"));

        assertThat(review).hasPassed("End_Merged").isEnded();
        assertThat(mergeMasters.calls()).hasSize(2);
        assertThat(mergeMasters.calls().get(1).variables()).containsEntry("decidedBy", "steward-carl");
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void aFailedNotAMatchRecordKeepsTheReviewOpen() {
        ProcessInstance review = startReview();
        recordNotAMatch.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(review), decision("REJECT", "steward-ben", "")))
                .isInstanceOf(RecordingDelegate.Failed.class);

        assertThat(review).isWaitingAtExactly("Task_ReviewMerge");
        assertThat(runtime().getVariables(review.getId())).doesNotContainKey("decision");
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance review = startReview();

        assertThatThrownBy(() -> complete(task(review), decision("MAYBE", "steward-anna", "")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("No outgoing sequence flow")
                .hasMessageContaining("Gateway_Decision");

        assertThat(review).isWaitingAtExactly("Task_ReviewMerge");
        assertThat(runtime().getVariables(review.getId())).doesNotContainKey("decision");
        assertThat(mergeMasters.calls()).isEmpty();
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void aFourEyesReviewWaitsForASecondStewardAfterTheFirstApproval() {
        ProcessInstance review = startFourEyesReview();

        complete(task(review), decision("APPROVE", "steward-anna", "same player card"));

        assertThat(review).isWaitingAtExactly("Task_SecondApproval").variables()
                .containsEntry("firstApprover", "steward-anna");
        assertThat(task(review)).hasName("Second approval (four eyes)").hasCandidateGroup("steward").isNotAssigned();
        assertThat(mergeMasters.calls()).isEmpty();
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void twoDifferentStewardsApprovingMergeTheMasters() {
        ProcessInstance review = startFourEyesReview();

        complete(task(review), decision("APPROVE", "steward-anna", "same player card"));
        complete(task(review), decision("APPROVE", "steward-ben", "agreed"));

        assertThat(review).hasPassed("Task_ReviewMerge", "Task_SecondApproval", "Task_MergeMasters", "End_Merged")
                .hasNotPassed("Task_RecordNotAMatch")
                .isEnded();
        assertThat(mergeMasters.calls()).hasSize(1);
        assertThat(mergeMasters.calls().get(0).variables())
                .containsEntry("reviewId", REVIEW_ID)
                .containsEntry("firstApprover", "steward-anna")
                .containsEntry("decidedBy", "steward-ben")
                .containsEntry("comment", "agreed");
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void theFirstApproverMayNotGiveTheSecondApproval() {
        ProcessInstance review = startFourEyesReview();
        complete(task(review), decision("APPROVE", "steward-anna", "same player card"));
        String secondApproval = task(review).getId();

        for (String decision : List.of("APPROVE", "REJECT")) {
            assertThatThrownBy(() -> complete(task(review), decision(decision, "steward-anna", "me again")))
                    .satisfies(refusal -> assertThat(fourEyesViolation(refusal))
                            .hasMessage("Review 4711 needs four eyes: steward-anna gave the first approval and may not"
                                    + " give the second; another steward must decide"));
        }

        assertThat(review).isWaitingAtExactly("Task_SecondApproval");
        assertThat(task(review).getId()).isEqualTo(secondApproval);
        assertThat(runtime().getVariables(review.getId()))
                .containsEntry("decidedBy", "steward-anna")
                .containsEntry("comment", "same player card");
        assertThat(mergeMasters.calls()).isEmpty();
        assertThat(recordNotAMatch.calls()).isEmpty();

        complete(task(review), decision("APPROVE", "steward-ben", ""));

        assertThat(review).hasPassed("End_Merged").isEnded();
        assertThat(mergeMasters.calls()).hasSize(1);
    }

    @Test
    void aSecondApprovalWithoutAStewardIsRefused() {
        ProcessInstance review = startFourEyesReview();
        complete(task(review), decision("APPROVE", "steward-anna", ""));

        assertThatThrownBy(() -> complete(task(review), decision("APPROVE", " ", "")))
                .satisfies(refusal -> assertThat(fourEyesViolation(refusal))
                        .hasMessage("Review 4711: the second approval names no steward"));

        assertThat(review).isWaitingAtExactly("Task_SecondApproval");
        assertThat(mergeMasters.calls()).isEmpty();
    }

    @Test
    void aSecondStewardRejectingRecordsNotAMatch() {
        ProcessInstance review = startFourEyesReview();

        complete(task(review), decision("APPROVE", "steward-anna", "same player card"));
        complete(task(review), decision("REJECT", "steward-ben", "different birth year"));

        assertThat(review).hasPassed("Task_SecondApproval", "Task_RecordNotAMatch", "End_NotAMatch")
                .hasNotPassed("Task_MergeMasters", "End_Merged")
                .isEnded();
        assertThat(recordNotAMatch.calls()).hasSize(1);
        assertThat(recordNotAMatch.calls().get(0).variables())
                .containsEntry("decidedBy", "steward-ben")
                .containsEntry("comment", "different birth year");
        assertThat(mergeMasters.calls()).isEmpty();
    }

    @Test
    void aRejectionNeedsNoSecondSteward() {
        ProcessInstance review = startFourEyesReview();

        complete(task(review), decision("REJECT", "steward-anna", ""));

        assertThat(review).hasPassed("Task_RecordNotAMatch", "End_NotAMatch")
                .hasNotPassed("Task_SecondApproval")
                .isEnded();
        assertThat(recordNotAMatch.calls()).hasSize(1);
    }

    @Test
    void anOverdueReviewIsEscalatedToTheLeadAndStaysWithTheStewards() {
        setClock(START);
        ProcessInstance review = startReview(Map.of("slaDuration", "PT4H"));
        String reviewTask = task(review).getId();
        Job sla = timerOf(review, "Timer_ReviewSla");
        assertThat(sla.getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofHours(4)));

        setClock(START.plus(Duration.ofHours(4)).minusSeconds(1));
        assertThat(managementService().createJobQuery().executable().count()).isZero();
        assertThat(review).isWaitingAtExactly("Task_ReviewMerge");

        setClock(START.plus(Duration.ofHours(4)).plusSeconds(1));
        assertThat(managementService().createJobQuery().executable().singleResult().getId()).isEqualTo(sla.getId());
        managementService().executeJob(sla.getId());

        assertThat(review).isWaitingAtExactly("Task_ReviewMerge", "Task_EscalatedReview")
                .variables().containsEntry("escalated", true);
        assertThat(task("Task_ReviewMerge", review).getId()).isEqualTo(reviewTask);
        assertThat(task("Task_EscalatedReview", review))
                .hasName("Follow up overdue review")
                .hasCandidateGroup("steward-lead")
                .isNotAssigned();
        // non-interrupting and fired once: no second reminder is pending
        assertThat(managementService().createJobQuery().processInstanceId(review.getId()).count()).isZero();
    }

    @Test
    void withoutAConfiguredSlaAReviewIsEscalatedAfterTwoDays() {
        setClock(START);
        ProcessInstance review = startReview();

        assertThat(timerOf(review, "Timer_ReviewSla").getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(2)));
        assertThat(review).variables().containsEntry("slaDuration", "P2D");
    }

    @Test
    void aSecondApprovalLeftWaitingIsEscalatedToo() {
        setClock(START);
        ProcessInstance review = startFourEyesReview();
        complete(task(review), decision("APPROVE", "steward-anna", ""));
        assertThat(managementService().createJobQuery().activityId("Timer_ReviewSla").count()).isZero();

        managementService().executeJob(timerOf(review, "Timer_SecondApprovalSla").getId());

        assertThat(review).isWaitingAtExactly("Task_SecondApproval", "Task_EscalatedReview")
                .variables().containsEntry("escalated", true);
    }

    @Test
    void theLeadAcknowledgingAnEscalationLeavesTheReviewOpen() {
        ProcessInstance review = startReview();
        managementService().executeJob(timerOf(review, "Timer_ReviewSla").getId());

        complete(task("Task_EscalatedReview", review));

        assertThat(review).hasPassed("End_EscalationHandled").isNotEnded().isWaitingAtExactly("Task_ReviewMerge");
        assertThat(mergeMasters.calls()).isEmpty();
        assertThat(recordNotAMatch.calls()).isEmpty();
    }

    @Test
    void aDecisionOnAnEscalatedReviewEndsTheLeadsTaskAsWell() {
        ProcessInstance review = startReview();
        managementService().executeJob(timerOf(review, "Timer_ReviewSla").getId());

        complete(task("Task_ReviewMerge", review), decision("APPROVE", "steward-anna", "late but sure"));

        assertThat(review).hasPassed("End_Merged").hasNotPassed("End_EscalationHandled").isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(mergeMasters.calls()).hasSize(1);
    }

    @Test
    void theDiagramShowsEveryElementLaidOutLeftToRight() {
        BpmnModelInstance model;
        try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream("bpmn/merge-review.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        Set<String> shown = idsOf(model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).toList());
        Set<String> drawn = idsOf(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> (BaseElement) edge.getBpmnElement()).toList());

        assertThat(shown).containsExactlyInAnyOrderElementsOf(idsOf(model.getModelElementsByType(FlowNode.class)));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(idsOf(model.getModelElementsByType(SequenceFlow.class)));
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            assertThat(points).as(edge.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(points.get(points.size() - 1).getX()).as(edge.getId()).isGreaterThan(points.get(0).getX());
        }
    }

    /** A hotel pair in the medium band, with only the variables the hub sent before routing existed. */
    private ProcessInstance startReview() {
        return startReview(Map.of());
    }

    private ProcessInstance startReview(Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewId", REVIEW_ID);
        variables.put("scoreBand", "medium");
        variables.put("sourceCode", "hotel");
        variables.put("probability", 0.87d);
        variables.putAll(extra);
        return runtime().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(REVIEW_ID), variables);
    }

    /** A casino pair in the low band: the routing table asks for two approvers. */
    private ProcessInstance startFourEyesReview() {
        ProcessInstance review = startReview(Map.of("scoreBand", "low", "sourceCode", "casino", "probability", 0.64d));
        assertThat(review).variables().containsEntry("approvers", 2);
        return review;
    }

    private static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private static Job timerOf(ProcessInstance review, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(review.getId()).activityId(boundaryEvent).timers()
                .singleResult();
    }

    /**
     * The engine wraps what a task listener throws in a ProcessEngineException (twice, in 7.24); the refusal itself
     * travels unaltered down the cause chain, where the hub looks for it.
     */
    private static Throwable fourEyesViolation(Throwable refusal) {
        assertThat(refusal).isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(FourEyesViolated.class);
        Throwable cause = refusal;
        while (!(cause instanceof FourEyesViolated)) cause = cause.getCause();
        return cause;
    }

    private static Map<String, Object> decision(String decision, String decidedBy, String comment) {
        return withVariables("decision", decision, "decidedBy", decidedBy, "comment", comment);
    }

    private static RuntimeService runtime() {
        return extension.getRuntimeService();
    }

    private static Set<String> idsOf(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
