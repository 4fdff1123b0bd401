package org.customerhub.workflow;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.customerhub.common.RequestRefused;
import org.customerhub.stewardship.MergeReview;
import org.customerhub.stewardship.ReviewWorkflow;
import org.customerhub.workflows.FourEyesViolated;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The merge-review process (workflows/bpmn/merge-review.bpmn) behind stewardship's ReviewWorkflow port. */
@Singleton
public class CamundaReviewWorkflow implements ReviewWorkflow {
    static final String PROCESS = "mergeReview";
    static final String TASK = "Task_ReviewMerge";
    /** Opened after a first approval when the routing table asks for four eyes; decided like the first task. */
    static final String SECOND_APPROVAL = "Task_SecondApproval";
    /** The steward lead's follow-up when a review task passes its SLA. */
    static final String ESCALATION = "Task_EscalatedReview";
    private static final List<String> TASK_VARIABLES = List.of("reviewId", "scoreBand", "sourceCode", "probability", "queue",
            "approvers", "firstApprover", "escalated", "deferredBy", "deferNote");
    private final InboxQueries inbox;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final String reviewSla;
    private final CommandExecutor commands;
    private volatile List<String> queues;

    public CamundaReviewWorkflow(ProcessEngine engine, RuntimeService runtime, TaskService tasks, RepositoryService repository,
                                 @Value("${hub.workflow.review-sla:P2D}") String reviewSla) {
        this.inbox = new InboxQueries(engine);
        inbox.createIndexes();
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.reviewSla = requireIsoDuration(reviewSla);
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    @Override
    public String start(MergeReview review, String scoreBand, String sourceCode) {
        return start(review, scoreBand, sourceCode, null);
    }

    /**
     * One engine command around all the starts: the service calls inside it join its command context (Camunda's
     * CommandContextInterceptor reuses the open context of the same engine instead of opening one per call), so the
     * engine flushes the instances' rows once, in JDBC batches, and commits once. An exception in any start leaves
     * the command and rolls all of them back.
     */
    @Override
    public Map<Long, String> startAll(List<Start> starts) {
        if (starts.isEmpty()) return Map.of();
        return commands.execute(context -> {
            // the latest version once for all, instead of one definition query per start by key
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
                    .singleResult();
            if (latest == null) throw new NotFoundException("no deployed process definition with key '" + PROCESS + "'");
            Map<Long, String> instances = new LinkedHashMap<>();
            for (Start s : starts) instances.put(s.review().getId(), start(s.review(), s.scoreBand(), s.sourceCode(), latest.getId()));
            return instances;
        });
    }

    /** Starts the process's latest version when {@code definitionId} is null, else that definition of it. */
    private String start(MergeReview review, String scoreBand, String sourceCode, String definitionId) {
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
        return definitionId == null ? runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId()
                : runtime.startProcessInstanceById(definitionId, businessKey, variables).getId();
    }

    @Override
    public void complete(long reviewId, Decision decision, String user, String comment) {
        Task task = task(reviewId).orElseThrow(() -> RequestRefused.conflict("No open review task",
                "Review " + reviewId + " has no open task: it was decided already or its process has not started yet"));
        try {
            tasks.complete(task.getId(), StewardDecision.variables(decision, user, comment));
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
        return openTasks(TaskFilter.ALL, TaskOrder.OLDEST, first, max);
    }

    @Override
    public long countOpenTasks() {
        return openTaskQuery().count();
    }

    @Override
    public List<OpenTask> openTasks(TaskFilter filter, TaskOrder order, int first, int max) {
        List<String> ids = inbox.page(filter, order, Instant.now(), first, max);
        if (ids.isEmpty()) return List.of();
        Map<String, Task> byId = new HashMap<>();
        for (Task t : tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()) byId.put(t.getId(), t);
        // a task completed between the two queries is left out
        List<Task> page = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Map<String, Map<String, Object>> variables = variablesOf(page);
        return page.stream().map(t -> toOpenTask(t, variables.get(t.getId()))).toList();
    }

    @Override
    public long countOpenTasks(TaskFilter filter) {
        return filtered(filter).count();
    }

    @Override
    public InboxCounts countInbox(TaskFilter filter, String user) {
        return inbox.count(filter, user, Instant.now());
    }

    @Override
    public List<String> queues() {
        List<String> known = queues;
        if (known == null) queues = known = RoutingQueues.of(repository);
        return known;
    }

    @Override
    public Optional<OpenTask> taskOf(long reviewId) {
        return task(reviewId).map(this::toOpenTask);
    }

    @Override
    public void claim(String taskId, String user) {
        try {
            tasks.claim(taskId, user);
        } catch (TaskAlreadyClaimedException e) {
            throw RequestRefused.conflict("Task already claimed", "Another steward claimed the task a moment ago; reload the page");
        } catch (OptimisticLockingException e) {
            throw changedMeanwhile();
        } catch (NullValueException | NotFoundException e) {
            throw taskGone();
        }
    }

    @Override
    public void setAssignee(String taskId, String user) {
        try {
            tasks.setAssignee(taskId, user);
        } catch (OptimisticLockingException e) {
            throw changedMeanwhile();
        } catch (NullValueException | NotFoundException e) {
            throw taskGone();
        }
    }

    @Override
    public List<Escalation> openEscalations(int first, int max) {
        return escalationQuery().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(first, max).stream()
                .map(this::toEscalation).toList();
    }

    @Override
    public long countOpenEscalations() {
        return escalationQuery().count();
    }

    @Override
    public Optional<Escalation> escalation(String escalationTaskId) {
        return escalationQuery().taskId(escalationTaskId).list().stream().findFirst().map(this::toEscalation);
    }

    @Override
    public void acknowledge(String escalationTaskId, String user, String comment) {
        try {
            // task-local, so that they cannot overwrite the review's own decidedBy and comment
            tasks.setVariablesLocal(escalationTaskId, Map.of("acknowledgedBy", user, "acknowledgement", comment));
            tasks.complete(escalationTaskId);
        } catch (OptimisticLockingException e) {
            throw changedMeanwhile();
        } catch (NullValueException | NotFoundException e) {
            throw RequestRefused.conflict("Escalation already closed",
                    "The escalation was acknowledged by someone else or ended with its review's decision");
        }
    }

    @Override
    public void defer(String taskId, Instant followUp, boolean backToQueue, String user, String note) {
        try {
            Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
            if (task == null) throw taskGone();
            task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
            if (backToQueue) task.setAssignee(null);
            tasks.saveTask(task);
            // task-local: they belong to this task, and must not reach the process's own decision variables
            tasks.setVariablesLocal(taskId, Map.of("deferredBy", user, "deferNote", note));
        } catch (OptimisticLockingException e) {
            throw changedMeanwhile();
        } catch (NullValueException | NotFoundException e) {
            throw taskGone();
        }
    }

    @Override
    public Map<String, long[]> countOpenTasksByAge(List<Duration> bounds) {
        Instant now = Instant.now();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String queue : queues()) {
            counts.put(queue, countByAge(() -> openTaskQuery().processVariableValueEquals("queue", queue), bounds, now));
        }
        long[] other = countByAge(this::openTaskQuery, bounds, now);
        counts.values().forEach(c -> { for (int i = 0; i < c.length; i++) other[i] -= c[i]; });
        if (Arrays.stream(other).anyMatch(n -> n > 0)) counts.put("", other);
        return counts;
    }

    /** One count per bound: the tasks created after now - bound are younger than it; the rest is the oldest span. */
    private static long[] countByAge(Supplier<TaskQuery> query, List<Duration> bounds, Instant now) {
        long[] spans = new long[bounds.size() + 1];
        long younger = 0;
        for (int i = 0; i < bounds.size(); i++) {
            long upTo = query.get().taskCreatedAfter(Date.from(now.minus(bounds.get(i)))).count();
            spans[i] = upTo - younger;
            younger = upTo;
        }
        spans[bounds.size()] = query.get().count() - younger;
        return spans;
    }

    private TaskQuery openTaskQuery() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKeyIn(TASK, SECOND_APPROVAL).active();
    }

    private TaskQuery escalationQuery() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(ESCALATION).active();
    }

    private TaskQuery filtered(TaskFilter filter) {
        TaskQuery query = filter.kind() == null ? openTaskQuery()
                : tasks.createTaskQuery().processDefinitionKey(PROCESS).active()
                        .taskDefinitionKey(filter.kind() == TaskKind.REVIEW ? TASK : SECOND_APPROVAL);
        if (filter.assignee() != null) query.taskAssignee(filter.assignee());
        else if (filter.unassigned()) query.taskUnassigned();
        if (filter.sourceCode() != null) query.processVariableValueEquals("sourceCode", filter.sourceCode());
        if (filter.scoreBand() != null) query.processVariableValueEquals("scoreBand", filter.scoreBand());
        if (filter.queue() != null) query.processVariableValueEquals("queue", filter.queue());
        if (filter.deferral() == Deferral.DUE) query.followUpBeforeOrNotExistent(new Date());
        else if (filter.deferral() == Deferral.DEFERRED) query.followUpAfter(new Date());
        return query;
    }

    private Optional<Task> task(long reviewId) {
        // first by creation: robust even if a race ever started a second instance for the same review
        return openTaskQuery().processInstanceBusinessKey(String.valueOf(reviewId)).orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst();
    }

    /**
     * The inbox variables of a page of tasks in one query instead of one per task: the task's own (local) value of a
     * variable, else its process instance's.
     */
    private Map<String, Map<String, Object>> variablesOf(List<Task> page) {
        Map<String, Map<String, Object>> byTask = new HashMap<>();
        if (page.isEmpty()) return byTask;
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        Map<String, Map<String, Object>> local = new HashMap<>();
        String[] instances = page.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(TASK_VARIABLES.toArray(String[]::new)).disableBinaryFetching().list()) {
            if (v.getTaskId() != null) local.computeIfAbsent(v.getTaskId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            else if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        for (Task t : page) {
            Map<String, Object> merged = new HashMap<>(byInstance.getOrDefault(t.getProcessInstanceId(), Map.of()));
            merged.putAll(local.getOrDefault(t.getId(), Map.of()));
            byTask.put(t.getId(), merged);
        }
        return byTask;
    }

    private OpenTask toOpenTask(Task task) {
        return toOpenTask(task, tasks.getVariables(task.getId(), TASK_VARIABLES));
    }

    private OpenTask toOpenTask(Task task, Map<String, Object> v) {
        return new OpenTask(task.getId(), ((Number) v.get("reviewId")).longValue(), task.getName(), task.getAssignee(),
                task.getCreateTime().toInstant(), (String) v.get("scoreBand"), (String) v.get("sourceCode"),
                v.get("probability") == null ? 0 : ((Number) v.get("probability")).doubleValue(),
                SECOND_APPROVAL.equals(task.getTaskDefinitionKey()) ? TaskKind.SECOND_APPROVAL : TaskKind.REVIEW,
                (String) v.get("queue"), v.get("approvers") == null ? 1 : ((Number) v.get("approvers")).intValue(),
                SECOND_APPROVAL.equals(task.getTaskDefinitionKey()) ? (String) v.get("firstApprover") : null,
                Boolean.TRUE.equals(v.get("escalated")), task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
                (String) v.get("deferredBy"), (String) v.get("deferNote"));
    }

    private Escalation toEscalation(Task task) {
        long reviewId = ((Number) tasks.getVariable(task.getId(), "reviewId")).longValue();
        OpenTask overdue = openTaskQuery().processInstanceId(task.getProcessInstanceId()).orderByTaskCreateTime().asc()
                .listPage(0, 1).stream().findFirst().map(this::toOpenTask).orElse(null);
        return new Escalation(task.getId(), reviewId, task.getCreateTime().toInstant(), task.getAssignee(), overdue);
    }

    private static RequestRefused changedMeanwhile() {
        return RequestRefused.conflict("Task changed meanwhile", "Someone else changed the task at the same moment; reload the page");
    }

    private static RequestRefused taskGone() {
        return RequestRefused.conflict("Task no longer open", "The task was decided or replaced meanwhile; reload the page");
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
