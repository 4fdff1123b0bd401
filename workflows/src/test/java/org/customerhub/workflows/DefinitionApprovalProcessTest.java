package org.customerhub.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/definition-approval.bpmn")
class DefinitionApprovalProcessTest {
    private static final String PROCESS = "definitionApproval";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.named("definition-approval-test"))
            .build();

    ProcessEngine processEngine;

    private final Recording approve = new Recording();
    private final Recording returnToDraft = new Recording();
    private final Recording remind = new Recording();
    private final Recording escalate = new Recording();
    private final List<String> recordedVotes = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("approveDefinitionDelegate", approve);
        Mocks.register("returnDefinitionToDraftDelegate", returnToDraft);
        Mocks.register("remindVotersDelegate", remind);
        Mocks.register("escalateToChairDelegate", escalate);
        Mocks.register("definitionVoteListener", (TaskListener) task ->
                recordedVotes.add(task.getVariableLocal("decidedBy") + ":" + task.getVariableLocal("vote")));
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

    @Test
    void everyVoterGetsAVoteTaskAndTheReminderAndDueTimersAreSet() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");

        assertThat(proposal).isWaitingAt("Task_Vote");
        assertThat(openTasks(proposal)).extracting(Task::getAssignee).containsExactlyInAnyOrder("cora", "carl", "chris");
        assertThat(timer(proposal, "Timer_VoteReminder")).isNotNull();
        assertThat(timer(proposal, "Timer_VoteDue").getDuedate()).isAfter(timer(proposal, "Timer_VoteReminder").getDuedate());
    }

    @Test
    void quorumOfApprovalsApprovesWithoutWaitingForTheLastVoter() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");

        vote(proposal, "cora", "APPROVE", "fits the loyalty programme");
        assertThat(approve.calls).isEmpty();
        vote(proposal, "carl", "APPROVE", "ok");

        assertThat(proposal).isEnded().hasPassed("Task_ApproveDefinition");
        assertThat(approve.calls).containsExactly(proposal.getId());
        assertThat(returnToDraft.calls).isEmpty();
        assertThat(recordedVotes).containsExactly("cora:APPROVE", "carl:APPROVE");
    }

    @Test
    void enoughRejectionsThatQuorumIsOutOfReachSendTheVersionBackToDraft() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");

        vote(proposal, "cora", "REJECT", "18 months is too short for casino guests");
        assertThat(proposal).isWaitingAt("Task_Vote");
        vote(proposal, "carl", "REJECT", "agree with cora");

        assertThat(proposal).isEnded().hasPassed("Task_ReturnToDraft");
        assertThat(returnToDraft.calls).containsExactly(proposal.getId());
        assertThat(approve.calls).isEmpty();
    }

    @Test
    void oneApprovalAndOneRejectionWaitForTheThirdVote() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");
        vote(proposal, "cora", "APPROVE", null);
        vote(proposal, "carl", "REJECT", null);
        assertThat(proposal).isWaitingAt("Task_Vote");

        vote(proposal, "chris", "APPROVE", null);
        assertThat(proposal).isEnded().hasPassed("Task_ApproveDefinition");
    }

    @Test
    void theProposerCannotVoteOnTheirOwnProposal() {
        ProcessInstance proposal = propose("cora", "cora,carl", 1, "chair");
        Task own = taskOf(proposal, "cora");

        assertThatThrownBy(() -> vote(proposal, "cora", "APPROVE", "mine, and good"))
                .hasRootCauseInstanceOf(SelfApprovalRefused.class).hasMessageContaining("may not vote");

        assertThat(taskService().createTaskQuery().taskId(own.getId()).count()).isEqualTo(1);
        assertThat(((Number) runtimeService().getVariable(proposal.getId(), "approvals")).intValue()).isZero();
        assertThat(approve.calls).isEmpty();
        assertThat(recordedVotes).isEmpty();
    }

    @Test
    void nobodyVotesInAnotherMembersName() {
        ProcessInstance proposal = propose("ada", "cora,carl", 1, "chair");
        Task coras = taskOf(proposal, "cora");
        taskService().setVariablesLocal(coras.getId(), Map.of("decidedBy", "carl", "vote", "APPROVE"));

        assertThatThrownBy(() -> taskService().complete(coras.getId())).hasRootCauseInstanceOf(SelfApprovalRefused.class);
        assertThat(proposal).isWaitingAt("Task_Vote");
    }

    @Test
    void aReminderGoesOutAndTheVoteStaysOpen() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");

        managementService().executeJob(timer(proposal, "Timer_VoteReminder").getId());

        assertThat(remind.calls).containsExactly(proposal.getId());
        assertThat(proposal).isWaitingAt("Task_Vote");
        assertThat(openTasks(proposal)).hasSize(3);
        assertThat(timer(proposal, "Timer_VoteDue")).isNotNull();
    }

    @Test
    void aVoteStillOpenAtItsDueDateEscalatesToTheChairWhoDecides() {
        ProcessInstance proposal = propose("ada", "cora,carl,chris", 2, "chair");
        vote(proposal, "cora", "APPROVE", null);

        managementService().executeJob(timer(proposal, "Timer_VoteDue").getId());

        assertThat(escalate.calls).containsExactly(proposal.getId());
        assertThat(proposal).isWaitingAtExactly("Task_ChairDecision");
        Task chairs = taskService().createTaskQuery().processInstanceId(proposal.getId()).singleResult();
        assertThat(chairs.getAssignee()).isEqualTo("chair");
        decide(chairs, "chair", "APPROVE", "one approval and no objection in seven days");

        assertThat(proposal).isEnded().hasPassed("Task_ApproveDefinition");
        assertThat(approve.calls).containsExactly(proposal.getId());
    }

    @Test
    void theChairRejectsAnOverdueProposalBackToDraft() {
        ProcessInstance proposal = propose("ada", "cora,carl", 2, "chair");
        managementService().executeJob(timer(proposal, "Timer_VoteDue").getId());

        decide(taskService().createTaskQuery().processInstanceId(proposal.getId()).singleResult(), "chair", "REJECT", "needs a new draft");

        assertThat(proposal).isEnded().hasPassed("Task_ReturnToDraft");
        assertThat(approve.calls).isEmpty();
    }

    @Test
    void aChairWhoProposedMayNotApproveButMayReject() {
        ProcessInstance proposal = propose("chair", "cora,carl", 2, "chair");
        managementService().executeJob(timer(proposal, "Timer_VoteDue").getId());
        Task chairs = taskService().createTaskQuery().processInstanceId(proposal.getId()).singleResult();

        assertThatThrownBy(() -> decide(chairs, "chair", "APPROVE", null))
                .hasRootCauseInstanceOf(SelfApprovalRefused.class).hasMessageContaining("may not approve");
        assertThat(proposal).isWaitingAt("Task_ChairDecision");

        decide(chairs, "chair", "REJECT", "withdrawn");
        assertThat(proposal).isEnded().hasPassed("Task_ReturnToDraft");
    }

    private ProcessInstance propose(String proposer, String voters, int quorum, String chair) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("versionId", 17L);
        variables.put("round", 1);
        variables.put("proposer", proposer);
        variables.put("voters", voters);
        variables.put("voterCount", voters.split(",").length);
        variables.put("quorum", quorum);
        variables.put("chair", chair);
        variables.put("reminderAfter", "P5D");
        variables.put("voteDuration", "P7D");
        return runtimeService().startProcessInstanceByKey(PROCESS, "definition-17-r1", variables);
    }

    private void vote(ProcessInstance proposal, String voter, String vote, String comment) {
        decide(taskOf(proposal, voter), voter, vote, comment);
    }

    private static void decide(Task task, String user, String vote, String comment) {
        Map<String, Object> local = new HashMap<>();
        local.put("decidedBy", user);
        local.put("vote", vote);
        local.put("comment", comment);
        taskService().setVariablesLocal(task.getId(), local);
        taskService().complete(task.getId());
    }

    private static Task taskOf(ProcessInstance proposal, String voter) {
        return taskService().createTaskQuery().processInstanceId(proposal.getId()).taskAssignee(voter).singleResult();
    }

    private static List<Task> openTasks(ProcessInstance proposal) {
        return taskService().createTaskQuery().processInstanceId(proposal.getId()).list();
    }

    private static Job timer(ProcessInstance proposal, String activity) {
        return managementService().createJobQuery().processInstanceId(proposal.getId()).activityId(activity).singleResult();
    }

    private static final class Recording implements JavaDelegate {
        final List<String> calls = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(execution.getProcessInstanceId());
        }
    }
}
