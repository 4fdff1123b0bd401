package org.customerhub.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The proposal a definition-approval process instance is about. */
final class ProposalVariables {
    private ProposalVariables() {
    }

    static long versionId(VariableScope scope) {
        return ((Number) scope.getVariable("versionId")).longValue();
    }

    static int round(VariableScope scope) {
        return ((Number) scope.getVariable("round")).intValue();
    }
}
