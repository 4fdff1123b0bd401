package org.customerhub.cleansing;

/**
 * The process engine as cleansing sees it: a proposal is a process instance (workflows/bpmn/cleansing-review.bpmn)
 * whose routing table applies it, rejects it, or opens a steward task. Implemented in the workflow package, so that
 * Camunda types stay there.
 */
public interface ProposalWorkflow {
    /** Starts the proposal's process unless one runs already; returns the process instance id. */
    String start(CleansingProposal proposal, String sourceCode);

    /** Completes the steward task; the process then applies the decision through {@link ProposalDecisions}. */
    void complete(long proposalId, Decision decision, String user, String editedValuesJson, String comment);

    boolean hasOpenTask(long proposalId);

    /** Ends a proposal's process that is no longer needed (the record changed before anyone decided). */
    void cancel(String processInstanceId, String reason);

    enum Decision { ACCEPT, EDIT, REJECT }
}
