package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.stewardship.MappingDecisions;

/** Task_ActivateMapping: the steward approved, so ingestion reads the source's records with the new version. */
@Singleton
public class ActivateMappingDelegate implements JavaDelegate {
    private final MappingDecisions decisions;

    public ActivateMappingDelegate(MappingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.activate((String) execution.getVariable("sourceCode"), ((Number) execution.getVariable("mappingVersion")).intValue(),
                (String) execution.getVariable("decidedBy"), (String) execution.getVariable("comment"));
    }
}
