package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.governance.DefinitionStore;

import java.util.List;

/**
 * Task_RemindVoters: the members who have not voted are reminded. The hub sends no mail: the reminder is on the
 * proposal (the committee pages show it) and in the audit log, for whoever follows the committee up.
 */
@Singleton
public class RemindVotersDelegate implements JavaDelegate {
    private final DefinitionStore store;

    public RemindVotersDelegate(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> pending = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(CamundaDefinitionWorkflow.VOTE).list()
                .stream().map(Task::getAssignee).sorted().toList();
        store.reminded(ProposalVariables.versionId(execution), ProposalVariables.round(execution), pending);
    }
}
