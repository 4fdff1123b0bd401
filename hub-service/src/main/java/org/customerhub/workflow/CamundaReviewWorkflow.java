package org.customerhub.workflow;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.common.RequestRefused;
import org.customerhub.stewardship.MergeReview;
import org.customerhub.stewardship.ReviewWorkflow;
import org.customerhub.workflows.FourEyesViolated;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The merge-review process (workflows/bpmn/merge-review.bpmn) behind stewardship's ReviewWorkflow port. */
@Singleton
public class CamundaReviewWorkflow implements ReviewWorkflow {
    static final String PROCESS = "mergeReview";
    static final String TASK = "Task_ReviewMerge";
    /** Opened after a first approval when the routing table asks for four eyes; decided like the first task. */
    static final String SECOND_APPROVAL = "Task_SecondApproval";
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String reviewSla;

    public CamundaReviewWorkflow(RuntimeService runtime, TaskService tasks,
                                 @Value("${hub.workflow.review-sla:P2D}") String reviewSla) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.reviewSla = requireIsoDuration(reviewSla);
    }

    @Override
    public String start(MergeReview review, String scoreBand, String sourceCode) {
        String businessKey = String.valueOf(review.getId());
        ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey).listPage(0, 1).stream().findFirst().orElse(null);
        if (running != null) return running.getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewId", review.getId());
        variables.put("scoreBand", scoreBand);
        variables.put("sourceCode", sourceCode);
        variables.put("probability", review.getProbability());
        // after this long an open review task is escalated to the steward lead (the process's SLA timers)
        variables.put("slaDuration", reviewSla);
        return runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId();
    }

    @Override
    public void complete(long reviewId, Decision decision, String user, String comment) {
        Task task = task(reviewId).orElseThrow(() -> RequestRefused.conflict("No open review task",
                "Review " + reviewId + " has no open task: it was decided already or its process has not started yet"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("decidedBy", user);
        variables.put("comment", comment);
        try {
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            throw RequestRefused.conflict("Review decided concurrently", "Another steward decided review " + reviewId + " at the same moment");
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof org.hibernate.StaleStateException)
                    throw RequestRefused.conflict("Review decided concurrently", "Another steward decided review " + reviewId + " at the same moment");
                if (cause instanceof RequestRefused refused) throw refused;
                // the process's four-eyes rule: the first approver may not give the second approval
                if (cause instanceof FourEyesViolated refused) throw RequestRefused.forbidden(refused.getMessage());
            }
            throw e;
        }
    }

    @Override
    public List<OpenTask> openTasks(int first, int max) {
        return openTaskQuery().orderByTaskCreateTime().asc().listPage(first, max).stream().map(this::toOpenTask).toList();
    }

    @Override
    public long countOpenTasks() {
        return openTaskQuery().count();
    }

    @Override
    public Optional<OpenTask> taskOf(long reviewId) {
        return task(reviewId).map(this::toOpenTask);
    }

    private org.camunda.bpm.engine.task.TaskQuery openTaskQuery() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKeyIn(TASK, SECOND_APPROVAL).active();
    }

    private Optional<Task> task(long reviewId) {
        // first by creation: robust even if a race ever started a second instance for the same review
        return openTaskQuery().processInstanceBusinessKey(String.valueOf(reviewId)).orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst();
    }

    private OpenTask toOpenTask(Task task) {
        Map<String, Object> v = tasks.getVariables(task.getId(), List.of("reviewId", "scoreBand", "sourceCode", "probability"));
        return new OpenTask(task.getId(), ((Number) v.get("reviewId")).longValue(), task.getName(), task.getAssignee(),
                task.getCreateTime().toInstant(), (String) v.get("scoreBand"), (String) v.get("sourceCode"),
                v.get("probability") == null ? 0 : ((Number) v.get("probability")).doubleValue());
    }

    /** A bad SLA would fail every review start; refuse it when the hub starts instead. */
    private static String requireIsoDuration(String duration) {
        try {
            DatatypeFactory.newInstance().newDuration(duration);
            return duration;
        } catch (IllegalArgumentException | DatatypeConfigurationException e) {
            throw new IllegalStateException("hub.workflow.review-sla must be an ISO 8601 duration such as P2D or PT8H, not '"
                    + duration + "'", e);
        }
    }
}
