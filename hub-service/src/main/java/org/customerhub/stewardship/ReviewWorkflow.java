package org.customerhub.stewardship;

import java.util.List;
import java.util.Optional;

/**
 * The process engine as stewardship sees it: a merge review is a process instance with one steward task.
 * Implemented in the workflow package so that Camunda types stay there.
 */
public interface ReviewWorkflow {
    /** Starts the review process unless one already runs for the review; returns the process instance id. */
    String start(MergeReview review, String scoreBand, String sourceCode);

    /** Completes the steward task; the process then applies the decision through {@link ReviewDecisions}. */
    void complete(long reviewId, Decision decision, String user, String comment);

    List<OpenTask> openTasks(int first, int max);

    long countOpenTasks();

    Optional<OpenTask> taskOf(long reviewId);

    enum Decision { APPROVE, REJECT }

    record OpenTask(String taskId, long reviewId, String name, String assignee, java.time.Instant created,
                    String scoreBand, String sourceCode, double probability) {
    }
}
