package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasteringService;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies what the proposal process decided; called by its delegates. Idempotent: a proposal that is no longer
 * pending is left as it is, so a retried process step cannot apply twice. Accepting recomputes the golden record of
 * the record's master, in which the cleanser's accepted values count as a source of their own.
 */
@Singleton
public class ProposalDecisions {
    /** Who decides when the routing table decides alone. */
    public static final String ROUTING = "system:cleansing-routing";
    private final CleansingProposalRepository proposals;
    private final SourceRecordRepository records;
    private final MasteringService mastering;
    private final AuditLog audit;

    public ProposalDecisions(CleansingProposalRepository proposals, SourceRecordRepository records, MasteringService mastering,
                             AuditLog audit) {
        this.proposals = proposals;
        this.records = records;
        this.mastering = mastering;
        this.audit = audit;
    }

    @Transactional
    public void recordRoute(long proposalId, String route, String queue) {
        CleansingProposal proposal = find(proposalId);
        if (!proposal.isPending()) return;
        proposal.setRoute(route);
        proposal.setQueue(queue);
        proposals.update(proposal);
    }

    /**
     * Accepts the proposal: its changed values, or the steward's own values after an edit.
     *
     * @param editedValuesJson null unless a steward edited: canonical attribute to value, validated before the task
     */
    @Transactional
    public void accept(long proposalId, String decidedBy, String editedValuesJson, String comment) {
        CleansingProposal proposal = find(proposalId);
        if (!proposal.isPending()) return;
        String actor = decidedBy == null ? ROUTING : decidedBy;
        Map<String, String> accepted = new LinkedHashMap<>();
        if (editedValuesJson != null) {
            Json.readMap(editedValuesJson).forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) accepted.put(k, v.toString().strip());
            });
        } else {
            ProposalDraft.fieldsOf(proposal).stream().filter(f -> f.changes() && f.after() != null)
                    .forEach(f -> accepted.put(f.attribute().wireName(), f.after()));
        }
        proposal.setAcceptedJson(Json.write(accepted));
        proposal.setEdited(editedValuesJson != null);
        close(proposal, CleansingProposal.Status.ACCEPTED, actor, comment);
        audit.record(actor, decidedBy == null ? "CLEANSING_AUTO_ACCEPTED" : editedValuesJson != null ? "CLEANSING_EDITED" : "CLEANSING_ACCEPTED",
                "cleansing-proposal:" + proposalId, proposal.getKind().toLowerCase() + " of record " + proposal.getSourceRecordId()
                        + ", attributes " + accepted.keySet());
        SourceRecord record = records.findById(proposal.getSourceRecordId()).orElseThrow();
        mastering.recordChanged(record, actor);
    }

    @Transactional
    public void reject(long proposalId, String decidedBy, String comment) {
        CleansingProposal proposal = find(proposalId);
        if (!proposal.isPending()) return;
        String actor = decidedBy == null ? ROUTING : decidedBy;
        close(proposal, CleansingProposal.Status.REJECTED, actor, comment);
        audit.record(actor, decidedBy == null ? "CLEANSING_AUTO_REJECTED" : "CLEANSING_REJECTED", "cleansing-proposal:" + proposalId,
                proposal.getKind().toLowerCase() + " of record " + proposal.getSourceRecordId());
    }

    private void close(CleansingProposal proposal, CleansingProposal.Status status, String actor, String comment) {
        proposal.setStatus(status.name());
        proposal.setDecidedBy(actor);
        proposal.setDecidedAt(Instant.now());
        proposal.setDecisionComment(comment == null || comment.isBlank() ? null : comment.strip());
        proposals.update(proposal);
    }

    private CleansingProposal find(long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> RequestRefused.notFound("cleansing proposal", String.valueOf(proposalId)));
    }
}
