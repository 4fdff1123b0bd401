package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.common.RequestRefused;
import org.customerhub.governance.DefinitionStore;
import org.customerhub.governance.DefinitionWorkflow;
import org.customerhub.workflows.SelfApprovalRefused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The definition-approval process (workflows/bpmn/definition-approval.bpmn) behind governance's DefinitionWorkflow port. */
@Singleton
public class CamundaDefinitionWorkflow implements DefinitionWorkflow {
    static final String PROCESS = "definitionApproval";
    static final String VOTE = "Task_Vote";
    static final String CHAIR = "Task_ChairDecision";
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DefinitionStore store;

    public CamundaDefinitionWorkflow(RuntimeService runtime, TaskService tasks, DefinitionStore store) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.store = store;
    }

    static String businessKey(long versionId, int round) {
        return "definition-" + versionId + "-r" + round;
    }

    @Override
    public void start(Proposal p) {
        if (isRunning(p.versionId(), p.round())) return;
        Map<String, Object> variables = new HashMap<>();
        variables.put("versionId", p.versionId());
        variables.put("round", p.round());
        variables.put("definitionKey", p.key());
        variables.put("version", p.version());
        variables.put("proposer", p.proposer());
        // the vote tasks are assigned from this list by loop counter (a text, not a serialised Java list)
        variables.put("voters", String.join(",", p.voters()));
        variables.put("voterCount", p.voters().size());
        variables.put("quorum", p.quorum());
        variables.put("chair", p.chair());
        variables.put("reminderAfter", p.reminderAfter());
        variables.put("voteDuration", p.voteDuration());
        String id = runtime.startProcessInstanceByKey(PROCESS, businessKey(p.versionId(), p.round()), variables).getId();
        store.processStarted(p.versionId(), id);
    }

    @Override
    public boolean isRunning(long versionId, int round) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(versionId, round)).count() > 0;
    }

    @Override
    public void vote(long versionId, int round, String voter, Vote vote, String comment) {
        Task task = openTasks(versionId, round).stream().filter(t -> VOTE.equals(t.getTaskDefinitionKey()) && voter.equals(t.getAssignee()))
                .findFirst().orElseThrow(() -> RequestRefused.conflict("No open vote", voter + " has no open vote on this proposal"));
        complete(task, voter, vote, comment);
    }

    @Override
    public void decideAsChair(long versionId, int round, String chair, Vote decision, String comment) {
        Task task = openTasks(versionId, round).stream().filter(t -> CHAIR.equals(t.getTaskDefinitionKey())).findFirst()
                .orElseThrow(() -> RequestRefused.conflict("No open decision", "The proposal does not wait for the chair"));
        complete(task, chair, decision, comment);
    }

    @Override
    public List<String> pendingVoters(long versionId, int round) {
        return openTasks(versionId, round).stream().filter(t -> VOTE.equals(t.getTaskDefinitionKey())).map(Task::getAssignee).sorted().toList();
    }

    @Override
    public boolean awaitsChair(long versionId, int round) {
        return openTasks(versionId, round).stream().anyMatch(t -> CHAIR.equals(t.getTaskDefinitionKey()));
    }

    private List<Task> openTasks(long versionId, int round) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey(versionId, round))
                .active().list();
    }

    private void complete(Task task, String user, Vote vote, String comment) {
        Map<String, Object> local = new HashMap<>();
        local.put("decidedBy", user);
        local.put("vote", vote.name());
        local.put("comment", comment);
        try {
            // task-local: parallel votes must not overwrite each other's vote and comment on the process
            tasks.setVariablesLocal(task.getId(), local);
            tasks.complete(task.getId());
        } catch (OptimisticLockingException e) {
            throw RequestRefused.conflict("Voted concurrently", "Another member voted at the same moment; send the vote again");
        } catch (ProcessEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SelfApprovalRefused refused) throw RequestRefused.forbidden(refused.getMessage());
                if (cause instanceof RequestRefused refused) throw refused;
            }
            throw e;
        }
    }
}
