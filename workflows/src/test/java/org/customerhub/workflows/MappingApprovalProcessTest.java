package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/mapping-approval.bpmn: approval, rejection, withdrawal by a newer version, failing steps. */
@Deployment(resources = "bpmn/mapping-approval.bpmn")
class MappingApprovalProcessTest {
    private static final String PROCESS_KEY = "mappingApproval";
    private static final String VERSION_ID = "9051";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("mapping-approval-test"))
            .build();

    /** Injected by the extension. */
    ProcessEngine processEngine;

    private final RecordingDelegate activate = new RecordingDelegate();
    private final RecordingDelegate reject = new RecordingDelegate();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("activateMappingDelegate", activate);
        Mocks.register("rejectMappingDelegate", reject);
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
    void aSubmittedVersionWaitsForAStewardUnderItsId() {
        ProcessInstance approval = submit();

        assertThat(approval).hasBusinessKey(VERSION_ID).isWaitingAtExactly("Task_ApproveMapping");
        assertThat(task(approval)).hasName("Approve mapping change").hasCandidateGroup("steward").isNotAssigned();
        assertThat(activate.calls()).isEmpty();
        assertThat(reject.calls()).isEmpty();
    }

    @Test
    void approvalActivatesTheVersionOnce() {
        ProcessInstance approval = submit();

        complete(task(approval), decision("APPROVE", "steward-anna", "columns checked against the export"));

        assertThat(approval).hasPassed("Task_ActivateMapping", "End_MappingActivated")
                .hasNotPassed("Task_RejectMapping", "End_MappingRejected", "End_MappingWithdrawn").isEnded();
        assertThat(activate.calls()).hasSize(1);
        assertThat(activate.calls().get(0).businessKey()).isEqualTo(VERSION_ID);
        assertThat(activate.calls().get(0).variables())
                .containsEntry("sourceCode", "spa")
                .containsEntry("mappingVersion", 3)
                .containsEntry("decidedBy", "steward-anna")
                .containsEntry("comment", "columns checked against the export");
        assertThat(reject.calls()).isEmpty();
    }

    @Test
    void rejectionKeepsTheActiveVersion() {
        ProcessInstance approval = submit();

        complete(task(approval), decision("REJECT", "steward-ben", "DOB is day-first in this export"));

        assertThat(approval).hasPassed("Task_RejectMapping", "End_MappingRejected")
                .hasNotPassed("Task_ActivateMapping", "End_MappingActivated").isEnded();
        assertThat(reject.calls()).hasSize(1);
        assertThat(reject.calls().get(0).variables()).containsEntry("decidedBy", "steward-ben")
                .containsEntry("comment", "DOB is day-first in this export");
        assertThat(activate.calls()).isEmpty();
    }

    @Test
    void aNewerVersionWithdrawsTheWaitingOneWithoutADecision() {
        ProcessInstance approval = submit();

        runtime().createMessageCorrelation("mappingWithdrawn").processInstanceBusinessKey(VERSION_ID).correlateAll();

        assertThat(approval).hasPassed("Boundary_MappingWithdrawn", "End_MappingWithdrawn")
                .hasNotPassed("Gateway_MappingDecision").isEnded();
        assertThat(activate.calls()).isEmpty();
        assertThat(reject.calls()).isEmpty();
    }

    @Test
    void aFailedActivationKeepsTheTaskOpenForAnotherTry() {
        ProcessInstance approval = submit();
        String taskId = task(approval).getId();
        activate.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(approval), decision("APPROVE", "steward-anna", "")))
                .isInstanceOf(RecordingDelegate.Failed.class);

        assertThat(approval).isWaitingAtExactly("Task_ApproveMapping");
        assertThat(task(approval).getId()).isEqualTo(taskId);
        assertThat(runtime().getVariables(approval.getId())).doesNotContainKeys("decision", "decidedBy");

        complete(task(approval), decision("APPROVE", "steward-carl", "retried"));
        assertThat(approval).hasPassed("End_MappingActivated").isEnded();
        assertThat(activate.calls()).hasSize(2);
    }

    @Test
    void aFailedRejectionKeepsTheTaskOpen() {
        ProcessInstance approval = submit();
        reject.failNextCalls(1);

        assertThatThrownBy(() -> complete(task(approval), decision("REJECT", "steward-ben", "no")))
                .isInstanceOf(RecordingDelegate.Failed.class);

        assertThat(approval).isWaitingAtExactly("Task_ApproveMapping");
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance approval = submit();

        assertThatThrownBy(() -> complete(task(approval), decision("LATER", "steward-anna", "")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Gateway_MappingDecision");

        assertThat(approval).isWaitingAtExactly("Task_ApproveMapping");
        assertThat(activate.calls()).isEmpty();
        assertThat(reject.calls()).isEmpty();
    }

    private static ProcessInstance submit() {
        return runtime().startProcessInstanceByKey(PROCESS_KEY, VERSION_ID, Map.of("sourceCode", "spa", "mappingVersion", 3));
    }

    private static Map<String, Object> decision(String decision, String decidedBy, String comment) {
        return withVariables("decision", decision, "decidedBy", decidedBy, "comment", comment);
    }

    private static RuntimeService runtime() {
        return extension.getRuntimeService();
    }
}
