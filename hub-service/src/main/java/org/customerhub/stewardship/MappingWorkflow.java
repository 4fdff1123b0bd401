package org.customerhub.stewardship;

import java.util.Optional;

/**
 * The mapping-approval process (workflows/bpmn/mapping-approval.bpmn) as stewardship sees it: one steward task per
 * pending mapping version, keyed by the version's id. Implemented in the workflow package.
 */
public interface MappingWorkflow {
    /** Starts the approval unless it runs already for this version. */
    void start(long mappingVersionId, String sourceCode, int version);

    /** Completes the steward's task; the process then activates or rejects the version through {@link MappingDecisions}. */
    void complete(long mappingVersionId, Decision decision, String user, String comment);

    /** Ends the approval without a decision: a newer version replaced this one. Nothing happens if none runs. */
    void withdraw(long mappingVersionId);

    /** Who holds the open task, if there is one (an empty assignee: in the stewards' queue). */
    Optional<OpenApproval> taskOf(long mappingVersionId);

    enum Decision { APPROVE, REJECT }

    record OpenApproval(String taskId, String assignee) {
    }
}
