package org.customerhub.mastering;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.matching.NotAMatchRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stewards' assertions that two records, or two masters, are different people. They are permanent until revoked:
 * the matcher never links a record to a master holding a record it is asserted against, and masters asserted
 * apart (or holding records that are) are never merged, by review or by hand. Asserting and revoking are audited.
 */
@Singleton
public class NotAMatchAssertions {
    private final MasteringService mastering;
    private final MasterNotAMatchRepository masterAssertions;
    private final NotAMatchRegistry recordAssertions;
    private final SourceRecordRepository records;
    private final AuditLog audit;

    public NotAMatchAssertions(MasteringService mastering, MasterNotAMatchRepository masterAssertions,
                               NotAMatchRegistry recordAssertions, SourceRecordRepository records, AuditLog audit) {
        this.mastering = mastering;
        this.masterAssertions = masterAssertions;
        this.recordAssertions = recordAssertions;
        this.records = records;
        this.audit = audit;
    }

    /** An assertion in force, as the API lists it. */
    public record Assertion(String kind, List<String> between, String by, Instant at, String reason) {
    }

    @Transactional
    public Assertion assertMasters(String numberA, String numberB, String reason, String steward) {
        MasterRecord a = mastering.resolve(numberA);
        MasterRecord b = mastering.resolve(numberB);
        if (a.getId().equals(b.getId())) {
            throw RequestRefused.conflict("One master", numberA + " and " + numberB + " are one master ("
                    + a.getCustomerNumber() + "): unmerge its records instead");
        }
        MasterNotAMatch n = mastering.assertionBetween(a, b);
        if (n == null) {
            n = masterAssertions.save(new MasterNotAMatch(a.getId(), b.getId(), steward, reason));
            Map<String, Object> detail = Map.of("with", List.of(a.getCustomerNumber(), b.getCustomerNumber()), "reason", reason);
            mastering.journal(a, "NOT_A_MATCH_ASSERTED", steward, detail, null, null);
            mastering.journal(b, "NOT_A_MATCH_ASSERTED", steward, detail, null, null);
            audit.record(steward, "MASTERS_NOT_A_MATCH", "master:" + a.getCustomerNumber(), "with " + b.getCustomerNumber() + "; " + reason);
        }
        return new Assertion("masters", List.of(a.getCustomerNumber(), b.getCustomerNumber()), n.getAssertedBy(), n.getAssertedAt(), n.getReason());
    }

    @Transactional
    public void revokeMasters(String numberA, String numberB, String reason, String steward) {
        MasterRecord a = mastering.resolve(numberA);
        MasterRecord b = mastering.resolve(numberB);
        MasterNotAMatch n = mastering.assertionBetween(a, b);
        if (n == null) throw RequestRefused.notFound("not-a-match assertion", numberA + " / " + numberB);
        n.revoke(steward, reason);
        masterAssertions.update(n);
        Map<String, Object> detail = Map.of("with", List.of(a.getCustomerNumber(), b.getCustomerNumber()), "reason", reason);
        mastering.journal(a, "NOT_A_MATCH_REVOKED", steward, detail, null, null);
        mastering.journal(b, "NOT_A_MATCH_REVOKED", steward, detail, null, null);
        audit.record(steward, "MASTERS_NOT_A_MATCH_REVOKED", "master:" + a.getCustomerNumber(), "with " + b.getCustomerNumber() + "; " + reason);
    }

    @Transactional
    public void assertRecords(long recordA, long recordB, String reason, String steward) {
        SourceRecord a = record(recordA);
        SourceRecord b = record(recordB);
        if (a.getId().equals(b.getId())) throw invalid("a record is always a match of itself");
        if (a.getMasterId() != null && a.getMasterId().equals(b.getMasterId())) {
            throw RequestRefused.conflict("One master", "both records are on " + mastering.active(a.getMasterId()).getCustomerNumber()
                    + ": unmerge one of them, which records the not-a-match");
        }
        recordAssertions.assertNotAMatch(a.getId(), b.getId(), steward, reason);
        audit.record(steward, "RECORDS_NOT_A_MATCH", "record:" + a.getId(), "with record " + b.getId() + "; " + reason);
    }

    @Transactional
    public void revokeRecords(long recordA, long recordB, String reason, String steward) {
        if (!recordAssertions.revoke(recordA, recordB)) {
            throw RequestRefused.notFound("not-a-match assertion", "records " + recordA + " / " + recordB);
        }
        audit.record(steward, "RECORDS_NOT_A_MATCH_REVOKED", "record:" + Math.min(recordA, recordB),
                "with record " + Math.max(recordA, recordB) + "; " + reason);
    }

    /** The master-level assertions in force on a master (including those of masters merged into it). */
    @Transactional
    public List<Assertion> ofMaster(String number) {
        MasterRecord master = mastering.resolve(number);
        List<Assertion> found = new ArrayList<>();
        for (MasterNotAMatch n : masterAssertions.findActiveInvolving(mastering.family(master.getId()))) {
            found.add(new Assertion("masters", List.of(mastering.active(n.getMasterLowId()).getCustomerNumber(),
                    mastering.active(n.getMasterHighId()).getCustomerNumber()), n.getAssertedBy(), n.getAssertedAt(), n.getReason()));
        }
        return found;
    }

    private SourceRecord record(long id) {
        return records.findById(id).orElseThrow(() -> RequestRefused.notFound("source record", String.valueOf(id)));
    }

    private static RequestRefused invalid(String message) {
        return RequestRefused.invalid("Invalid not-a-match", List.of(new Violation("records", message)));
    }
}
