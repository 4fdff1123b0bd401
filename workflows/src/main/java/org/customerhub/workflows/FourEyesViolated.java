package org.customerhub.workflows;

/** A second approval refused because it does not come from a second steward (see {@link SecondApproverMustDiffer}). */
public class FourEyesViolated extends RuntimeException {
    public FourEyesViolated(String message) {
        super(message);
    }
}
