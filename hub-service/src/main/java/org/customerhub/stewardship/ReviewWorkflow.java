package org.customerhub.stewardship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The process engine as stewardship sees it: a merge review is a process instance with one steward task at a time
 * (the review, then possibly the four-eyes second approval) and, when the SLA passes, a follow-up task for the
 * steward lead. Implemented in the workflow package so that Camunda types stay there. Lists are filtered, sorted
 * and paged by the engine's queries, never in memory: an inbox may hold tens of thousands of tasks.
 */
public interface ReviewWorkflow {
    /** Starts the review process unless one already runs for the review; returns the process instance id. */
    String start(MergeReview review, String scoreBand, String sourceCode);

    /**
     * Starts the processes of several reviews as {@link #start} starts each, in one engine transaction: all of them
     * or, when any fails, none. Returns the process instance id of each review, by review id.
     */
    java.util.Map<Long, String> startAll(List<Start> starts);

    /** What {@link #start} takes, for {@link #startAll}. */
    record Start(MergeReview review, String scoreBand, String sourceCode) {
    }

    /** Completes the steward task; the process then applies the decision through {@link ReviewDecisions}. */
    void complete(long reviewId, Decision decision, String user, String comment);

    List<OpenTask> openTasks(int first, int max);

    long countOpenTasks();

    List<OpenTask> openTasks(TaskFilter filter, TaskOrder order, int first, int max);

    long countOpenTasks(TaskFilter filter);

    /**
     * All counts an inbox shows, in one go: per queue, the open tasks of each tab (held by {@code user}, held by
     * nobody, all, deferred) among those of the filter's source, score band and kind. The filter's assignee, queue
     * and deferral are ignored: the counts cover every tab and queue.
     */
    InboxCounts countInbox(TaskFilter filter, String user);

    /** The queues the routing table can send a review to, in the table's order. */
    List<String> queues();

    Optional<OpenTask> taskOf(long reviewId);

    /** Gives the task to the user; refused with a conflict when someone else holds it meanwhile. */
    void claim(String taskId, String user);

    /** Gives the task to the user, or back to the group with null, whoever holds it. */
    void setAssignee(String taskId, String user);

    List<Escalation> openEscalations(int first, int max);

    long countOpenEscalations();

    Optional<Escalation> escalation(String escalationTaskId);

    /** Completes the steward lead's follow-up task; the review task itself stays open. */
    void acknowledge(String escalationTaskId, String user, String comment);

    /**
     * Puts a steward task aside: out of the due inbox until the follow-up time (null: due again at once), optionally
     * back to the queue, with who deferred it and why kept on the task. The task stays open.
     */
    void defer(String taskId, Instant followUp, boolean backToQueue, String user, String note);

    /**
     * Open steward tasks per queue and age: for each queue of {@link #queues()} (and tasks without one under ""),
     * the number of tasks created within each span, counted back from now ({@code bounds} ascending; the last count
     * holds the tasks older than the last bound).
     */
    java.util.Map<String, long[]> countOpenTasksByAge(List<java.time.Duration> bounds);

    enum Decision { APPROVE, REJECT }

    /** Which of the review's steward tasks is open: the (first) review, or the four-eyes second approval. */
    enum TaskKind { REVIEW, SECOND_APPROVAL }

    enum TaskOrder { OLDEST, NEWEST, MOST_LIKELY, LEAST_LIKELY }

    /** Deferred tasks (with a follow-up time still ahead) are out of the way until then. */
    enum Deferral { ANY, DUE, DEFERRED }

    /**
     * Which open steward tasks to list; a null field does not filter.
     *
     * @param assignee   only tasks held by this user
     * @param unassigned only tasks nobody holds (ignored when assignee is set)
     * @param deferral   whether deferred tasks are left out, listed alone, or listed with the others
     */
    record TaskFilter(String assignee, boolean unassigned, String sourceCode, String scoreBand, TaskKind kind, String queue,
                      Deferral deferral) {
        public static final TaskFilter ALL = new TaskFilter(null, false, null, null, null, null, Deferral.ANY);

        public TaskFilter mine(String user) {
            return new TaskFilter(user, false, sourceCode, scoreBand, kind, queue, deferral);
        }

        public TaskFilter unassignedOnly() {
            return new TaskFilter(null, true, sourceCode, scoreBand, kind, queue, deferral);
        }

        public TaskFilter anyAssignee() {
            return new TaskFilter(null, false, sourceCode, scoreBand, kind, queue, deferral);
        }

        public TaskFilter inQueue(String otherQueue) {
            return new TaskFilter(assignee, unassigned, sourceCode, scoreBand, kind, otherQueue, deferral);
        }

        public TaskFilter with(Deferral otherDeferral) {
            return new TaskFilter(assignee, unassigned, sourceCode, scoreBand, kind, queue, otherDeferral);
        }
    }

    /**
     * Open steward tasks per inbox tab: {@code mine}, {@code unassigned} and {@code all} count due tasks (not deferred
     * to a time still ahead), {@code deferred} the others, whoever holds them.
     */
    record TabCounts(long mine, long unassigned, long all, long deferred) {
        public static final TabCounts NONE = new TabCounts(0, 0, 0, 0);

        public TabCounts plus(TabCounts other) {
            return new TabCounts(mine + other.mine, unassigned + other.unassigned, all + other.all, deferred + other.deferred);
        }
    }

    /** {@link TabCounts} per routing queue; tasks without a queue are under "". */
    record InboxCounts(java.util.Map<String, TabCounts> byQueue) {
        public InboxCounts {
            byQueue = java.util.Map.copyOf(byQueue);
        }

        /** The counts of one queue, or of all queues together for null. */
        public TabCounts in(String queue) {
            if (queue != null) return byQueue.getOrDefault(queue, TabCounts.NONE);
            return byQueue.values().stream().reduce(TabCounts.NONE, TabCounts::plus);
        }
    }

    /**
     * An open steward task with what the inbox shows of its review.
     *
     * @param approvers     how many stewards must approve (2: four eyes), as the routing table decided
     * @param firstApprover who gave the first approval, for a second approval; null otherwise
     * @param escalated     whether the review passed its SLA and went to the steward lead
     * @param followUp      until when a steward deferred the task (null: not deferred)
     * @param deferredBy    who deferred it last, and deferNote why (null: never deferred)
     */
    record OpenTask(String taskId, long reviewId, String name, String assignee, Instant created,
                    String scoreBand, String sourceCode, double probability, TaskKind kind, String queue,
                    int approvers, String firstApprover, boolean escalated, Instant followUp, String deferredBy,
                    String deferNote) {
        public boolean secondApproval() {
            return kind == TaskKind.SECOND_APPROVAL;
        }

        /** Deferred to a time still ahead. */
        public boolean deferred() {
            return followUp != null && followUp.isAfter(Instant.now());
        }
    }

    /**
     * A steward lead's follow-up of a review that waited past its SLA.
     *
     * @param overdue the review's open steward task (null only while the review is being decided)
     */
    record Escalation(String taskId, long reviewId, Instant escalatedAt, String assignee, OpenTask overdue) {
    }
}
