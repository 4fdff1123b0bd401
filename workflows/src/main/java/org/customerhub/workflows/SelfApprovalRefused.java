package org.customerhub.workflows;

/** A vote or decision the definition-approval process refuses: the proposer's own, or by someone other than the task's holder. */
public class SelfApprovalRefused extends RuntimeException {
    public SelfApprovalRefused(String message) {
        super(message);
    }
}
