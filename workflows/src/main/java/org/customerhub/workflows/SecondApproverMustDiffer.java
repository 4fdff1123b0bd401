package org.customerhub.workflows;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The four-eyes rule on Task_SecondApproval (complete listener): the steward who gave the first approval, kept as
 * {@code firstApprover} by Task_ReviewMerge, may not give the second. Throwing aborts the completion: the engine
 * rolls the whole command back, so the task stays open and the refused decision is not stored.
 */
public class SecondApproverMustDiffer implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object first = task.getVariable("firstApprover");
        Object second = task.getVariable("decidedBy");
        String review = task.getExecution().getProcessBusinessKey();
        if (second == null || second.toString().isBlank()) {
            throw new FourEyesViolated("Review " + review + ": the second approval names no steward");
        }
        if (second.equals(first)) {
            throw new FourEyesViolated("Review " + review + " needs four eyes: " + first
                    + " gave the first approval and may not give the second; another steward must decide");
        }
    }
}
