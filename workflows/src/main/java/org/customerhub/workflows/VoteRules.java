package org.customerhub.workflows;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Task_Vote's complete listener: only the task's voter votes, never the proposer, and only APPROVE or REJECT;
 * then the vote is counted into the process's {@code approvals} / {@code rejections}, which the multi-instance
 * completion condition reads. Throwing aborts the completion: the task stays open and nothing is counted.
 */
public class VoteRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String voter = (String) task.getVariableLocal("decidedBy");
        Object vote = task.getVariableLocal("vote");
        DelegateExecution process = task.getExecution().getProcessInstance();
        String proposal = process.getProcessBusinessKey();
        if (voter == null || voter.isBlank()) throw new SelfApprovalRefused(proposal + ": the vote names no voter");
        if (voter.equals(process.getVariable("proposer")))
            throw new SelfApprovalRefused(voter + " proposed this version and may not vote on it");
        if (!voter.equals(task.getAssignee()))
            throw new SelfApprovalRefused("This vote belongs to " + task.getAssignee() + ", not to " + voter);
        String counter = "APPROVE".equals(vote) ? "approvals" : "REJECT".equals(vote) ? "rejections" : null;
        if (counter == null) throw new SelfApprovalRefused(proposal + ": a vote is APPROVE or REJECT, not " + vote);
        process.setVariable(counter, ((Number) process.getVariable(counter)).intValue() + 1);
    }
}
