package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.stewardship.ReviewDecisions;

/** Task_MergeMasters: the steward approved, so the two masters become one. */
@Singleton
public class MergeMastersDelegate implements JavaDelegate {
    private final ReviewDecisions decisions;

    public MergeMastersDelegate(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.approve(((Number) execution.getVariable("reviewId")).longValue(),
                (String) execution.getVariable("decidedBy"), (String) execution.getVariable("comment"));
    }
}
