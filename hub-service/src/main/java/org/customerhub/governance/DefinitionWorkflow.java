package org.customerhub.governance;

import java.util.List;

/** The committee vote on a proposed definition version, run by a process engine (see workflow/). */
public interface DefinitionWorkflow {
    enum Vote { APPROVE, REJECT }

    record Proposal(long versionId, int round, String key, int version, String proposer, List<String> voters, int quorum,
                    String chair, String reminderAfter, String voteDuration) {
    }

    /** Starts the vote; idempotent: a proposal whose vote runs already is not started twice. */
    void start(Proposal proposal);

    boolean isRunning(long versionId, int round);

    /** A member's vote; refused (403) for anyone but the task's voter, and for the proposer. */
    void vote(long versionId, int round, String voter, Vote vote, String comment);

    /** The chair's decision on a vote that passed its due date. */
    void decideAsChair(long versionId, int round, String chair, Vote decision, String comment);

    /** The members whose vote task is still open. */
    List<String> pendingVoters(long versionId, int round);

    /** Whether the vote closed and waits for the chair. */
    boolean awaitsChair(long versionId, int round);
}
