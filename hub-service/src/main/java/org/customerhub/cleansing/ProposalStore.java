package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes of cleansing, each in its own transaction, so that no transaction waits for a cleanser: a record is
 * read, the cleanser answers outside any transaction, and then the proposal is stored with its findings.
 */
@Singleton
public class ProposalStore {
    private final SourceRecordRepository records;
    private final CleansingProposalRepository proposals;
    private final CleansingFieldRepository fields;
    private final CleansingCodeRepository codes;

    public ProposalStore(SourceRecordRepository records, CleansingProposalRepository proposals, CleansingFieldRepository fields,
                         CleansingCodeRepository codes) {
        this.records = records;
        this.proposals = proposals;
        this.fields = fields;
        this.codes = codes;
    }

    /** A source record as it is now, for cleansing. */
    public record RecordSnapshot(long recordId, long sourceId, String sourceKey, int recordVersion, CanonicalRecord canonical) {
    }

    /**
     * A stored proposal and the processes of the pending proposals it replaces.
     *
     * @param proposal null when the same answer was stored already
     */
    public record Stored(CleansingProposal proposal, List<String> supersededProcesses) {
    }

    @Transactional
    public RecordSnapshot snapshot(long recordId) {
        SourceRecord record = records.findById(recordId).orElseThrow(() -> RequestRefused.notFound("record", String.valueOf(recordId)));
        return new RecordSnapshot(record.getId(), record.getSourceId(), record.getSourceKey(), record.getRecordVersion(),
                CanonicalRecord.fromWire(Json.readMap(record.getCanonicalJson())));
    }

    @Transactional
    public Stored store(RecordSnapshot record, ProposalDraft draft, Long jobId) {
        String fingerprint = draft.fingerprint();
        if (proposals.existsBySourceRecordIdAndKindAndFingerprint(record.recordId(), draft.kind().name(), fingerprint)) {
            return new Stored(null, List.of());
        }
        List<String> superseded = new ArrayList<>();
        for (CleansingProposal older : proposals.findBySourceRecordIdAndKindAndStatus(record.recordId(), draft.kind().name(),
                CleansingProposal.Status.PENDING.name())) {
            if (!older.getCleanser().equals(draft.cleanser())) continue;
            older.setStatus(CleansingProposal.Status.SUPERSEDED.name());
            proposals.update(older);
            if (older.getProcessInstanceId() != null && !"starting".equals(older.getProcessInstanceId())) superseded.add(older.getProcessInstanceId());
        }
        CleansingProposal proposal = new CleansingProposal(record.recordId(), record.sourceId(), record.recordVersion(), draft.kind(),
                draft.cleanser(), draft.version(), jobId);
        proposal.setFieldsJson(draft.fieldsJson());
        proposal.setFingerprint(fingerprint);
        proposal.setResultStatus(draft.status().wireName());
        proposal.setVerificationLevel(draft.level());
        proposal.setMatchScore(draft.score());
        proposal.setChangeKind(draft.change().wireName());
        proposal.setStatus((draft.needsDecision() ? CleansingProposal.Status.PENDING : CleansingProposal.Status.NO_CHANGE).name());
        CleansingProposal saved = proposals.save(proposal);
        for (ProposalDraft.ProposedField f : draft.fields()) {
            fields.save(new CleansingField(saved.getId(), record.sourceId(), f.attribute().wireName(), f.status().wireName(), f.changes()));
            f.codes().forEach(code -> codes.save(new CleansingCode(saved.getId(), record.sourceId(), f.attribute().wireName(), code)));
        }
        return new Stored(saved, superseded);
    }
}
