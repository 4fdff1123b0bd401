package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.stewardship.ReviewDecisions;

/** Task_RecordNotAMatch: the steward rejected, so the pair is never proposed again. */
@Singleton
public class RecordNotAMatchDelegate implements JavaDelegate {
    private final ReviewDecisions decisions;

    public RecordNotAMatchDelegate(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.reject(((Number) execution.getVariable("reviewId")).longValue(),
                (String) execution.getVariable("decidedBy"), (String) execution.getVariable("comment"));
    }
}
