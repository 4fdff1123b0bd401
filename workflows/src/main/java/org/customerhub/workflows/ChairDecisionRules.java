package org.customerhub.workflows;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task_ChairDecision's complete listener: only the chair decides an overdue proposal, and a chair who proposed
 * it may only send it back to draft. The decision becomes the process variable {@code decision} for the gateway.
 */
public class ChairDecisionRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String chair = (String) task.getVariableLocal("decidedBy");
        Object decision = task.getVariableLocal("vote");
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (chair == null || !chair.equals(task.getAssignee()))
            throw new SelfApprovalRefused("Only the chair (" + task.getAssignee() + ") decides an overdue proposal");
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision))
            throw new SelfApprovalRefused("A decision is APPROVE or REJECT, not " + decision);
        if ("APPROVE".equals(decision) && chair.equals(process.getVariable("proposer")))
            throw new SelfApprovalRefused(chair + " proposed this version and may not approve it; another member must chair the decision");
        process.setVariable("decision", decision);
    }
}
