package org.customerhub.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.customerhub.cleansing.ProposalDecisions;

import java.util.Map;

/**
 * The service tasks of cleansing-review.bpmn, each a line that calls {@link ProposalDecisions}. On the automatic
 * routes no steward decided, so decidedBy is absent and the routing table is the actor.
 */
@Singleton
public class CleansingDelegates {
    private final ProposalDecisions decisions;

    public CleansingDelegates(ProposalDecisions decisions) {
        this.decisions = decisions;
    }

    /** The names the BPMN's delegate expressions use. */
    Map<String, JavaDelegate> beans() {
        return Map.of(
                "recordCleansingRouteDelegate", this::recordRoute,
                "applyCleansingProposalDelegate", this::apply,
                "rejectCleansingProposalDelegate", this::reject);
    }

    private void recordRoute(DelegateExecution execution) {
        decisions.recordRoute(proposalId(execution), (String) execution.getVariable("route"), (String) execution.getVariable("queue"));
    }

    private void apply(DelegateExecution execution) {
        decisions.accept(proposalId(execution), (String) execution.getVariable("decidedBy"),
                (String) execution.getVariable("values"), (String) execution.getVariable("comment"));
    }

    private void reject(DelegateExecution execution) {
        decisions.reject(proposalId(execution), (String) execution.getVariable("decidedBy"), (String) execution.getVariable("comment"));
    }

    private static long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable("proposalId")).longValue();
    }
}
