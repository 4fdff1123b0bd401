package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.common.RequestRefused;
import org.customerhub.stewardship.MappingWorkflow;

import java.util.Map;
import java.util.Optional;

/** The mapping-approval process (workflows/bpmn/mapping-approval.bpmn) behind stewardship's MappingWorkflow port. */
@Singleton
public class CamundaMappingWorkflow implements MappingWorkflow {
    static final String PROCESS = "mappingApproval";
    static final String TASK = "Task_ApproveMapping";
    static final String WITHDRAWN = "mappingWithdrawn";
    private final RuntimeService runtime;
    private final TaskService tasks;

    public CamundaMappingWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void start(long mappingVersionId, String sourceCode, int version) {
        String businessKey = String.valueOf(mappingVersionId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey).count() > 0) return;
        runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of("sourceCode", sourceCode, "mappingVersion", version));
    }

    @Override
    public void complete(long mappingVersionId, Decision decision, String user, String comment) {
        Task task = task(mappingVersionId).orElseThrow(() -> RequestRefused.conflict("No open approval task",
                "The mapping version has no open approval task: it was decided or withdrawn meanwhile"));
        try {
            tasks.complete(task.getId(), StewardDecision.variables(decision, user, comment));
        } catch (OptimisticLockingException e) {
            throw RequestRefused.conflict("Mapping decided concurrently", "Another steward decided this mapping version at the same moment");
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RequestRefused refused) throw refused;
            }
            throw e;
        }
    }

    @Override
    public void withdraw(long mappingVersionId) {
        // the message exists only in the mapping-approval process, and business keys are unique hub ids
        runtime.createMessageCorrelation(WITHDRAWN)
                .processInstanceBusinessKey(String.valueOf(mappingVersionId)).correlateAllWithResult();
    }

    @Override
    public Optional<OpenApproval> taskOf(long mappingVersionId) {
        return task(mappingVersionId).map(t -> new OpenApproval(t.getId(), t.getAssignee()));
    }

    private Optional<Task> task(long mappingVersionId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(TASK).active()
                .processInstanceBusinessKey(String.valueOf(mappingVersionId)).listPage(0, 1).stream().findFirst();
    }
}
