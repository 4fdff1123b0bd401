package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.governance.DefinitionStore;

/** Task_ReturnToDraft: the proposal failed, so the version is a draft again, with the rejecting comments. */
@Singleton
public class ReturnDefinitionToDraftDelegate implements JavaDelegate {
    private final DefinitionStore store;

    public ReturnDefinitionToDraftDelegate(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        store.returnToDraft(ProposalVariables.versionId(execution), ProposalVariables.round(execution));
    }
}
