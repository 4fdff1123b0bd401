package org.customerhub.stewardship;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.RecordReader;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.MappingVersions;
import org.customerhub.source.mapping.FieldMapping;
import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.source.mapping.MappingEngine;
import org.customerhub.source.mapping.MappingResult;
import org.customerhub.source.mapping.RecordProblem;
import org.customerhub.source.mapping.RecordRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stewards approving new versions of source mappings. The version waits as PENDING (see {@link MappingVersions});
 * its approval is a task of the mapping-approval process. The steward sees the change as a diff against the
 * active version and the source's latest stored records read both ways, decides with a comment, and the process
 * applies the decision ({@link MappingDecisions}). Pending versions are listed from the database, so a version whose
 * process did not start (the engine was down) is still offered; deciding it starts the process first.
 */
@Singleton
public class MappingApprovals {
    private static final Logger LOG = LoggerFactory.getLogger(MappingApprovals.class);
    static final int SAMPLES = 5;

    private final MappingVersions versions;
    private final MappingWorkflow workflow;
    private final SourceRecordSamples samples;
    private final RecordReader reader;
    private final List<MappingFindings> findings;
    private final MappingEngine engine = new MappingEngine();

    public MappingApprovals(MappingVersions versions, MappingWorkflow workflow, SourceRecordSamples samples, RecordReader reader,
                            List<MappingFindings> findings) {
        this.versions = versions;
        this.workflow = workflow;
        this.samples = samples;
        this.reader = reader;
        this.findings = findings;
    }

    /** A pending version in the stewards' list. */
    public record Pending(String source, String sourceName, int version, Integer activeVersion, String submittedBy,
                          Instant submittedAt, String assignee) {
    }

    /** One sample record read with the active and with the pending version. */
    public record Sample(String sourceKey, List<SampleValue> values, List<String> activeProblems, List<String> pendingProblems) {
        public boolean changed() {
            return values.stream().anyMatch(SampleValue::changed) || !activeProblems.equals(pendingProblems);
        }
    }

    public record SampleValue(String attribute, String active, String pending) {
        public boolean changed() {
            return !Objects.equals(active, pending);
        }
    }

    /** Everything a steward needs to decide a mapping version. */
    public record Review(MappingVersions.Version version, Integer activeVersion, List<LineDiff.Line> diff, List<Sample> samples,
                         List<String> findings, String assignee) {
    }

    /** After commit of the registration: starts the approval and ends the one of a version the new one replaced. */
    public void submitted(String sourceCode, int version) {
        try {
            for (MappingVersions.Version v : versions.versions(sourceCode)) {
                if ("WITHDRAWN".equals(v.status())) workflow.withdraw(v.id());
            }
            MappingVersions.Version submitted = versions.find(sourceCode, version);
            if (submitted.pending()) workflow.start(submitted.id(), sourceCode, version);
        } catch (RuntimeException e) {
            // the version is stored and listed as pending; deciding it starts the process then
            LOG.warn("mapping {} v{}: approval process not started yet: {}", sourceCode, version, Failures.describe(e));
        }
    }

    public List<Pending> pending(Principal steward) {
        requireSteward(steward);
        return versions.pending().stream().map(v -> new Pending(v.source().code(), v.source().name(), v.version(),
                versions.active(v.source().code()).map(MappingVersions.Version::version).orElse(null), v.createdBy(), v.createdAt(),
                workflow.taskOf(v.id()).map(MappingWorkflow.OpenApproval::assignee).orElse(null))).toList();
    }

    @Transactional
    public Review review(Principal steward, String sourceCode, int version) {
        requireSteward(steward);
        MappingVersions.Version shown = versions.find(sourceCode, version);
        MappingVersions.Version active = versions.active(sourceCode).orElse(null);
        String activeBody = active == null || active.id() == shown.id() ? "" : active.body();
        List<String> found = new ArrayList<>();
        findings.forEach(f -> found.addAll(f.findingsFor(sourceCode, shown.body())));
        return new Review(shown, active == null ? null : active.version(), LineDiff.of(activeBody, shown.body()),
                active == null || !shown.pending() ? List.of() : samples(shown.source().id(), active.body(), shown.body()),
                found, workflow.taskOf(shown.id()).map(MappingWorkflow.OpenApproval::assignee).orElse(null));
    }

    /** A steward's decision; a rejection must say why, since the source's engineers will read it. */
    public MappingVersions.Version decide(Principal steward, String sourceCode, int version, MappingWorkflow.Decision decision,
                                          String comment) {
        requireSteward(steward);
        String text = comment == null ? "" : comment.strip();
        if (decision == null) {
            throw RequestRefused.invalid("Invalid decision", List.of(new Violation("decision", "must be APPROVE or REJECT")));
        }
        if (text.length() > 2000) throw RequestRefused.invalid("Comment too long", List.of(new Violation("comment", "at most 2000 characters")));
        if (decision == MappingWorkflow.Decision.REJECT && text.isEmpty()) {
            throw RequestRefused.invalid("Say why", List.of(new Violation("comment",
                    "a rejection needs a comment for the source's engineers: what is wrong with the mapping")));
        }
        MappingVersions.Version pending = versions.find(sourceCode, version);
        if (!pending.pending()) {
            workflow.withdraw(pending.id());
            throw RequestRefused.conflict("Mapping version not pending", "Version " + version + " of " + sourceCode + " is "
                    + pending.status().toLowerCase() + (pending.decidedBy() == null ? "" : " (" + pending.decidedBy() + ")"));
        }
        // segregation of duties: whoever submitted a mapping change does not also approve it
        if (pending.createdBy().equals(steward.name())) {
            throw RequestRefused.forbidden("You submitted version " + version + " of " + sourceCode + "; another steward decides it");
        }
        workflow.start(pending.id(), sourceCode, version);
        workflow.complete(pending.id(), decision, steward.name(), text);
        versions.forget(sourceCode);
        return versions.find(sourceCode, version);
    }

    private List<Sample> samples(long sourceId, String activeYaml, String pendingYaml) {
        FieldMapping active = FieldMappingParser.parse(activeYaml);
        FieldMapping pending = FieldMappingParser.parse(pendingYaml);
        List<Sample> out = new ArrayList<>();
        Pageable latest = Pageable.from(0, SAMPLES, Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        for (SourceRecord r : samples.findBySourceId(sourceId, latest)) {
            Map<String, Object> raw = Json.readMap(r.getRawJson());
            Read before = read(active, raw);
            Read after = read(pending, raw);
            List<SampleValue> values = new ArrayList<>();
            for (CanonicalAttribute a : CanonicalAttribute.values()) {
                String b = before.record == null ? null : before.record.getOrNull(a);
                String n = after.record == null ? null : after.record.getOrNull(a);
                if (b != null || n != null) values.add(new SampleValue(a.wireName().replace('_', ' '), b, n));
            }
            out.add(new Sample(r.getSourceKey(), values, before.problems, after.problems));
        }
        return out;
    }

    private record Read(CanonicalRecord record, List<String> problems) {
    }

    /** As ingestion reads a record (mapping, then standardisation), with its problems instead of an exception. */
    private Read read(FieldMapping mapping, Map<String, Object> raw) {
        try {
            MappingResult mapped = engine.apply(mapping, raw);
            return new Read(reader.standardize(mapped.canonical()), mapped.warnings().stream().map(p -> "left out: " + p).toList());
        } catch (RecordRejected e) {
            return new Read(null, e.problems().stream().map(RecordProblem::toString).map(p -> "rejected: " + p).toList());
        }
    }

    private static void requireSteward(Principal p) {
        if (!p.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards approve mapping changes");
    }
}
