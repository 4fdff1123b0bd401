package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.governance.DefinitionStore;

/** Task_EscalateToChair: the vote passed its due date without a result; the chair decides. */
@Singleton
public class EscalateToChairDelegate implements JavaDelegate {
    private final DefinitionStore store;

    public EscalateToChairDelegate(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        store.escalated(ProposalVariables.versionId(execution), ProposalVariables.round(execution), (String) execution.getVariable("chair"));
    }
}
