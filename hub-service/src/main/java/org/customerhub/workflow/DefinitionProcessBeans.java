package org.customerhub.workflow;

import jakarta.inject.Singleton;

import java.util.Map;

/** The beans definition-approval.bpmn names in its expressions. */
@Singleton
class DefinitionProcessBeans {
    private final Map<String, Object> beans;

    DefinitionProcessBeans(DefinitionVoteListener votes, ApproveDefinitionDelegate approve, ReturnDefinitionToDraftDelegate returnToDraft,
                           RemindVotersDelegate remind, EscalateToChairDelegate escalate) {
        beans = Map.of("definitionVoteListener", votes, "approveDefinitionDelegate", approve,
                "returnDefinitionToDraftDelegate", returnToDraft, "remindVotersDelegate", remind, "escalateToChairDelegate", escalate);
    }

    Map<String, Object> beans() {
        return beans;
    }
}
