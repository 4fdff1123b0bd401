package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.governance.DefinitionStore;

/** Task_ApproveDefinition: the quorum approved (or the chair did), so the version takes effect from its date. */
@Singleton
public class ApproveDefinitionDelegate implements JavaDelegate {
    private final DefinitionStore store;

    public ApproveDefinitionDelegate(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        store.approve(ProposalVariables.versionId(execution), ProposalVariables.round(execution));
    }
}
