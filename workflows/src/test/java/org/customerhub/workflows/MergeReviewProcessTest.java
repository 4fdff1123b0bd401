package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
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

@Deployment(resources = "bpmn/merge-review.bpmn")
class MergeReviewProcessTest {

    private static final String PROCESS_KEY = "mergeReview";
    private static final long REVIEW_ID = 4711L;

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    /** Injected by the extension, which sets every field of this type, so no other field may hold the engine. */
    ProcessEngine processEngine;

    private final RecordingDelegate mergeMasters = new RecordingDelegate();
    private final RecordingDelegate recordNotAMatch = new RecordingDelegate();

    /**
     * Built in code, not from a {@code camunda.cfg.xml} beans file, the way the hub builds its own engine. The mock
     * expression manager resolves {@code ${mergeMastersDelegate}} against {@link Mocks} instead of a bean container.
     */
    private static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("merge-review-test");
        configuration.setJdbcUrl("jdbc:h2:mem:merge-review-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("mergeMastersDelegate", mergeMasters);
        Mocks.register("recordNotAMatchDelegate", recordNotAMatch);
    }

    @AfterEach
    void forgetDelegates() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void closeEngine() {
        extension.getProcessEngine().close();
    }

    @Test
    void aRequestedReviewWaitsForAStewardUnderTheReviewId() {
        ProcessInstance review = startReview();

        assertThat(review).hasBusinessKey(String.valueOf(REVIEW_ID)).isWaitingAtExactly("Task_ReviewMerge");
        assertThat(task(review))
                .hasName("Review possible duplicate")
                .hasCandidateGroup("steward")
                .isNotAssigned();
        assertThat(mergeMasters.calls).isEmpty();
        assertThat(recordNotAMatch.calls).isEmpty();
    }

    @Test
    void approvalMergesTheMastersOnce() {
        ProcessInstance review = startReview();

        complete(task(review), decision("APPROVE", "steward-anna", "same person, moved house"));

        assertThat(review).hasPassed("Task_MergeMasters", "End_Merged")
                .hasNotPassed("Task_RecordNotAMatch", "End_NotAMatch")
                .isEnded();
        assertThat(mergeMasters.calls).hasSize(1);
        DelegateCall merge = mergeMasters.calls.get(0);
        assertThat(merge.businessKey()).isEqualTo(String.valueOf(REVIEW_ID));
        assertThat(merge.variables())
                .containsEntry("reviewId", REVIEW_ID)
                .containsEntry("decidedBy", "steward-anna")
                .containsEntry("comment", "same person, moved house")
                .containsEntry("scoreBand", "POSSIBLE")
                .containsEntry("sourceCode", "CRM");
        assertThat(recordNotAMatch.calls).isEmpty();
    }

    @Test
    void rejectionRecordsNotAMatch() {
        ProcessInstance review = startReview();

        complete(task(review), decision("REJECT", "steward-ben", ""));

        assertThat(review).hasPassed("Task_RecordNotAMatch", "End_NotAMatch")
                .hasNotPassed("Task_MergeMasters", "End_Merged")
                .isEnded();
        assertThat(recordNotAMatch.calls).hasSize(1);
        assertThat(recordNotAMatch.calls.get(0).variables())
                .containsEntry("reviewId", REVIEW_ID)
                .containsEntry("decidedBy", "steward-ben")
                .containsEntry("comment", "");
        assertThat(mergeMasters.calls).isEmpty();
    }

    @Test
    void aFailedMergeKeepsTheReviewOpenForAnotherTry() {
        ProcessInstance review = startReview();
        String taskId = task(review).getId();
        mergeMasters.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(review), decision("APPROVE", "steward-anna", "")))
                .isInstanceOf(MergeFailed.class);

        assertThat(review).isNotEnded().isWaitingAtExactly("Task_ReviewMerge");
        assertThat(task(review).getId()).isEqualTo(taskId);
        assertThat(runtime().getVariables(review.getId())).doesNotContainKeys("decision", "decidedBy", "comment");

        complete(task(review), decision("APPROVE", "steward-carl", "retried"));

        assertThat(review).hasPassed("End_Merged").isEnded();
        assertThat(mergeMasters.calls).hasSize(2);
        assertThat(mergeMasters.calls.get(1).variables()).containsEntry("decidedBy", "steward-carl");
        assertThat(recordNotAMatch.calls).isEmpty();
    }

    @Test
    void aFailedNotAMatchRecordKeepsTheReviewOpen() {
        ProcessInstance review = startReview();
        recordNotAMatch.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(review), decision("REJECT", "steward-ben", "")))
                .isInstanceOf(MergeFailed.class);

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
        assertThat(mergeMasters.calls).isEmpty();
        assertThat(recordNotAMatch.calls).isEmpty();
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

    private ProcessInstance startReview() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewId", REVIEW_ID);
        variables.put("scoreBand", "POSSIBLE");
        variables.put("sourceCode", "CRM");
        variables.put("probability", 0.87d);
        return runtime().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(REVIEW_ID), variables);
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

    private record DelegateCall(String businessKey, Map<String, Object> variables) {
    }

    private static final class MergeFailed extends RuntimeException {
        MergeFailed() {
            super("simulated failure of the hub service");
        }
    }

    /** Stands in for the hub's delegates: records what the process hands over and can fail on demand. */
    private static final class RecordingDelegate implements JavaDelegate {
        private final List<DelegateCall> calls = new ArrayList<>();
        private int failuresLeft;

        void failNextCalls(int failures) {
            failuresLeft = failures;
        }

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(new DelegateCall(execution.getProcessBusinessKey(), new HashMap<>(execution.getVariables())));
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new MergeFailed();
            }
        }
    }
}
