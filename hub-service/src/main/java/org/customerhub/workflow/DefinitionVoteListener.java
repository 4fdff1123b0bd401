package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.customerhub.governance.DefinitionStore;

/** Task_Vote / Task_ChairDecision (complete): the vote the process accepted is stored with its comment and audited. */
@Singleton
public class DefinitionVoteListener implements TaskListener {
    private final DefinitionStore store;

    public DefinitionVoteListener(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateTask task) {
        store.recordVote(ProposalVariables.versionId(task.getExecution()), ProposalVariables.round(task.getExecution()),
                (String) task.getVariableLocal("decidedBy"), (String) task.getVariableLocal("vote"),
                (String) task.getVariableLocal("comment"), CamundaDefinitionWorkflow.CHAIR.equals(task.getTaskDefinitionKey()));
    }
}
