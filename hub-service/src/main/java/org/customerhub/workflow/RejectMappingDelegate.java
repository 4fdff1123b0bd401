package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.stewardship.MappingDecisions;

/** Task_RejectMapping: the steward rejected, so the active version stays in use. */
@Singleton
public class RejectMappingDelegate implements JavaDelegate {
    private final MappingDecisions decisions;

    public RejectMappingDelegate(MappingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.reject((String) execution.getVariable("sourceCode"), ((Number) execution.getVariable("mappingVersion")).intValue(),
                (String) execution.getVariable("decidedBy"), (String) execution.getVariable("comment"));
    }
}
