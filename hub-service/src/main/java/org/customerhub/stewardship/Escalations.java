package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.util.List;

/**
 * The steward lead's follow-up of reviews that waited past their SLA: see them with the overdue task and who holds
 * it, and acknowledge each with what was done. Acknowledging closes only the follow-up; the review stays open for
 * the stewards until it is decided (which also ends an escalation nobody acknowledged).
 */
@Singleton
public class Escalations {
    private final ReviewWorkflow workflow;
    private final AuditLog audit;

    public Escalations(ReviewWorkflow workflow, AuditLog audit) {
        this.workflow = workflow;
        this.audit = audit;
    }

    public List<ReviewWorkflow.Escalation> open(Principal lead, int first, int max) {
        requireLead(lead);
        return workflow.openEscalations(first, max);
    }

    public long countOpen(Principal lead) {
        requireLead(lead);
        return workflow.countOpenEscalations();
    }

    /** Returns the review the escalation was about. */
    public long acknowledge(String escalationTaskId, Principal lead, String comment) {
        requireLead(lead);
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw RequestRefused.invalid("Say what was done", List.of(new Violation("comment", text.isEmpty()
                    ? "write what you did about the overdue review (reassigned, asked the steward, ...)" : "at most 2000 characters")));
        }
        ReviewWorkflow.Escalation escalation = workflow.escalation(escalationTaskId).orElseThrow(() -> RequestRefused.conflict(
                "Escalation already closed", "The escalation was acknowledged already or ended with its review's decision"));
        workflow.acknowledge(escalation.taskId(), lead.name(), text);
        audit.record(lead.name(), "ESCALATION_ACKNOWLEDGED", "review:" + escalation.reviewId(), text);
        return escalation.reviewId();
    }

    private static void requireLead(Principal p) {
        if (!p.has(Role.STEWARD_LEAD)) throw RequestRefused.forbidden("Escalations are for steward leads");
    }
}
