package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasteringService;
import org.customerhub.source.SourceRegistry;

import java.util.List;
import java.util.Map;

/** Builds {@link ProposalView}s: the proposal with its record's source, key and current master. */
@Singleton
public class ProposalViews {
    private final CleansingProposalRepository proposals;
    private final CleansingQueries queries;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final MasteringService mastering;

    public ProposalViews(CleansingProposalRepository proposals, CleansingQueries queries, SourceRecordRepository records,
                         SourceRegistry sources, MasteringService mastering) {
        this.proposals = proposals;
        this.queries = queries;
        this.records = records;
        this.sources = sources;
        this.mastering = mastering;
    }

    @Transactional
    public ProposalView detail(long proposalId) {
        CleansingProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> RequestRefused.notFound("cleansing proposal", String.valueOf(proposalId)));
        return view(proposal, true);
    }

    @Transactional
    public List<ProposalView> list(CleansingQueries.Filter filter, int first, int max) {
        return queries.proposals(filter, first, max).stream().map(p -> view(p, false)).toList();
    }

    @Transactional
    public List<ProposalView> views(List<CleansingProposal> made) {
        return made.stream().map(p -> view(proposals.findById(p.getId()).orElse(p), false)).toList();
    }

    private ProposalView view(CleansingProposal p, boolean withRaw) {
        SourceRecord record = records.findById(p.getSourceRecordId()).orElseThrow();
        String number = record.getMasterId() == null ? null : mastering.active(record.getMasterId()).getCustomerNumber();
        List<ProposalView.Field> fields = ProposalDraft.fieldsOf(p).stream().map(f -> new ProposalView.Field(f.attribute().wireName(),
                f.before(), f.after(), f.status().wireName(), f.level(), f.score(), f.codes(), f.change().wireName())).toList();
        Map<String, Object> accepted = p.getAcceptedJson() == null ? null : Json.readMap(p.getAcceptedJson());
        return new ProposalView(p.getId(), sources.byId(p.getSourceId()).code(), record.getSourceKey(), record.getId(),
                p.getRecordVersion(), number, p.getKind().toLowerCase(), p.getCleanser(), p.getCleanserVersion(), p.getStatus(),
                p.getResultStatus(), p.getVerificationLevel(), p.getMatchScore(), p.getChangeKind(), p.getRoute(), p.getQueue(),
                p.getJobId(), fields, accepted, p.isEdited(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionComment(),
                p.getCreatedAt(), withRaw ? Json.readMap(record.getRawJson()) : null);
    }
}
