package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.cleansing.CleansingProposal;
import org.customerhub.cleansing.ProposalWorkflow;
import org.customerhub.common.RequestRefused;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The cleansing proposal process (workflows/bpmn/cleansing-review.bpmn) behind cleansing's ProposalWorkflow port. */
@Singleton
public class CamundaProposalWorkflow implements ProposalWorkflow {
    static final String PROCESS = "cleansingReview";
    static final String TASK = "Task_ReviewProposal";
    private final RuntimeService runtime;
    private final TaskService tasks;

    public CamundaProposalWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public String start(CleansingProposal proposal, String sourceCode) {
        String businessKey = String.valueOf(proposal.getId());
        ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey).listPage(0, 1).stream().findFirst().orElse(null);
        if (running != null) return running.getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposalId", proposal.getId());
        variables.put("sourceCode", sourceCode);
        variables.put("kind", proposal.getKind().toLowerCase());
        variables.put("status", proposal.getResultStatus());
        variables.put("level", proposal.getVerificationLevel());
        variables.put("score", proposal.getMatchScore());
        variables.put("change", proposal.getChangeKind());
        try {
            return runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId();
        } catch (ProcessEngineException e) {
            throw refusalInside(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    @Override
    public void complete(long proposalId, Decision decision, String user, String editedValuesJson, String comment) {
        Task task = task(proposalId).orElseThrow(() -> RequestRefused.conflict("No open steward task",
                "Cleansing proposal " + proposalId + " has no open steward task: it was decided already"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("decidedBy", user);
        variables.put("comment", comment);
        if (editedValuesJson != null) variables.put("values", editedValuesJson);
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            throw decidedConcurrently(proposalId);
        } catch (ProcessEngineException e) {
            throw refusalInside(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    @Override
    public boolean hasOpenTask(long proposalId) {
        return task(proposalId).isPresent();
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(processInstanceId, reason);
        }
    }

    private Optional<Task> task(long proposalId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(TASK)
                .processInstanceBusinessKey(String.valueOf(proposalId)).active().orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst();
    }

    /** A refusal or a concurrent update inside a delegate reaches the caller as itself, not as an engine failure. */
    private static Optional<RequestRefused> refusalInside(ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestRefused refused) return Optional.of(refused);
            if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof org.hibernate.StaleStateException)
                return Optional.of(RequestRefused.conflict("Proposal changed meanwhile", "The proposal or its record changed at the same moment; try again"));
        }
        return Optional.empty();
    }

    private static RequestRefused decidedConcurrently(long proposalId) {
        return RequestRefused.conflict("Proposal decided concurrently", "Another steward decided cleansing proposal " + proposalId + " at the same moment");
    }
}
