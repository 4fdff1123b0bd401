package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceRegistry;
import org.customerhub.standardize.EmailStandardizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleanses source records and carries stewards' decisions to the proposal process. Cleansing never runs inside
 * ingestion: records are cleansed on request or by a batch job, so a slow vendor delays proposals, never a push.
 * A proposal is stored first and its process started after commit; the sweep ({@link #startMissingProcesses()})
 * starts any that a failure left without one.
 */
@Singleton
public class CleansingService {
    private static final Logger LOG = LoggerFactory.getLogger(CleansingService.class);
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final int MAX_VALUE_LENGTH = 200;
    private final Cleansers cleansers;
    private final ProposalStore store;
    private final CleansingProposalRepository proposals;
    private final ProposalWorkflow workflow;
    private final SourceRegistry sources;

    public CleansingService(Cleansers cleansers, ProposalStore store, CleansingProposalRepository proposals,
                            ProposalWorkflow workflow, SourceRegistry sources) {
        this.cleansers = cleansers;
        this.store = store;
        this.proposals = proposals;
        this.workflow = workflow;
        this.sources = sources;
    }

    /**
     * What cleansing one record gave.
     *
     * @param proposals new proposals (including those with nothing to change, kept for the data-quality view)
     * @param problems  kinds whose cleanser answered unreadably, with why; the record's other kinds are cleansed
     */
    public record Outcome(List<CleansingProposal> proposals, List<String> problems) {
    }

    /**
     * Cleanses one record with every configured cleanser.
     *
     * @throws CleanserUnavailable when a cleanser cannot answer now; what was proposed before that stays
     */
    public Outcome cleanse(long recordId, Long jobId) {
        ProposalStore.RecordSnapshot record = store.snapshot(recordId);
        List<CleansingProposal> made = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Cleansers.Assignment assignment : cleansers.assignments()) {
            Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
            assignment.attributes().forEach(a -> record.canonical().get(a).ifPresent(v -> values.put(a, v)));
            if (values.isEmpty()) continue;
            CleansingRequest request = new CleansingRequest("record-" + recordId + "-v" + record.recordVersion() + "-"
                    + assignment.kind().wireName(), assignment.kind(), values);
            CleansingAnswer answer;
            try {
                answer = assignment.cleanser().cleanse(request);
            } catch (CleanserAnswerUnreadable unreadable) {
                problems.add(assignment.kind().wireName() + ": " + unreadable.getMessage());
                continue;
            }
            ProposalStore.Stored stored;
            try {
                stored = store.store(record, ProposalDraft.of(assignment.kind(), answer), jobId);
            } catch (RuntimeException e) {
                // a job, the follower and a steward may cleanse one record at the same moment: the first one stores it
                if (PersistenceConflicts.isDuplicate(e)) continue;
                if (PersistenceConflicts.isStale(e)) throw RequestRefused.conflict("Record being cleansed",
                        "Record " + record.sourceKey() + " was cleansed or decided at the same moment; try again");
                throw e;
            }
            stored.supersededProcesses().forEach(id -> workflow.cancel(id, "the record was cleansed again"));
            if (stored.proposal() == null) continue;
            made.add(stored.proposal());
            if (stored.proposal().isPending()) startQuietly(stored.proposal().getId());
        }
        return new Outcome(made, problems);
    }

    private void startQuietly(long proposalId) {
        try {
            startProcess(proposalId);
        } catch (RuntimeException e) {
            LOG.warn("cleansing proposal {}: process start failed, the sweep retries: {}", proposalId, Failures.describe(e));
        }
    }

    /** Starts the proposal's process once; concurrent callers race for a claim on the row and the loser does nothing. */
    public void startProcess(long proposalId) {
        CleansingProposal proposal = proposals.findById(proposalId).orElseThrow();
        if (!proposal.isPending() || proposal.getProcessInstanceId() != null) return;
        if (proposals.claimProcessStart(proposalId) != 1) return;
        try {
            String instance = workflow.start(proposal, sources.byId(proposal.getSourceId()).code());
            proposals.recordProcessInstance(proposalId, instance);
        } catch (RuntimeException e) {
            proposals.recordProcessInstance(proposalId, null);
            throw e;
        }
    }

    public int startMissingProcesses() {
        int started = 0;
        for (CleansingProposal p : proposals.findByStatusAndProcessInstanceIdIsNull(CleansingProposal.Status.PENDING.name())) {
            try {
                startProcess(p.getId());
                started++;
            } catch (RuntimeException e) {
                LOG.warn("cleansing proposal {}: process start failed, retrying later: {}", p.getId(), Failures.describe(e));
            }
        }
        return started;
    }

    /**
     * A steward's decision on a proposal waiting for one.
     *
     * @param values for EDIT: canonical attribute to the value to accept instead (only the proposal's attributes)
     */
    public void decide(long proposalId, ProposalWorkflow.Decision decision, Principal steward, Map<String, String> values, String comment) {
        if (!steward.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards decide cleansing proposals");
        if (comment != null && comment.length() > 2000)
            throw RequestRefused.invalid("Comment too long", List.of(new Violation("comment", "at most 2000 characters")));
        CleansingProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> RequestRefused.notFound("cleansing proposal", String.valueOf(proposalId)));
        String edited = decision == ProposalWorkflow.Decision.EDIT ? Json.write(validEdit(proposal, values)) : null;
        if (decision != ProposalWorkflow.Decision.EDIT && values != null && !values.isEmpty())
            throw RequestRefused.invalid("Values only with EDIT", List.of(new Violation("values", "only an EDIT decision takes values")));
        if (!proposal.isPending())
            throw RequestRefused.conflict("Proposal already decided", "Cleansing proposal " + proposalId + " is "
                    + proposal.getStatus().toLowerCase().replace('_', ' ') + (proposal.getDecidedBy() == null ? "" : " (by " + proposal.getDecidedBy() + ")"));
        if (decision != ProposalWorkflow.Decision.REJECT) requireCurrent(proposal);
        if (proposal.getProcessInstanceId() == null) startProcess(proposalId);
        if (!workflow.hasOpenTask(proposalId))
            throw RequestRefused.conflict("No steward task", "Cleansing proposal " + proposalId + " is being decided by the routing table");
        workflow.complete(proposalId, decision, steward.name(), edited, comment == null ? "" : comment.strip());
    }

    /**
     * An accepted value counts only while the record holds the value it was proposed for; accepting a proposal the
     * source has overtaken would change nothing, so it is refused with what to do instead.
     */
    private void requireCurrent(CleansingProposal proposal) {
        ProposalStore.RecordSnapshot record = store.snapshot(proposal.getSourceRecordId());
        boolean overtaken = ProposalDraft.fieldsOf(proposal).stream().filter(ProposalDraft.ProposedField::changes)
                .anyMatch(f -> !java.util.Objects.equals(f.before(), record.canonical().getOrNull(f.attribute())));
        if (overtaken) {
            throw RequestRefused.conflict("Record changed", "The source sent new values for record " + record.sourceKey()
                    + " after cleansing proposal " + proposal.getId() + " was made; reject it, or cleanse the record again");
        }
    }

    private static Map<String, String> validEdit(CleansingProposal proposal, Map<String, String> values) {
        Map<String, String> stored = new LinkedHashMap<>();
        ProposalDraft.fieldsOf(proposal).forEach(f -> stored.put(f.attribute().wireName(), f.before()));
        Set<String> allowed = stored.keySet();
        List<Violation> violations = new ArrayList<>();
        Map<String, String> edit = new LinkedHashMap<>();
        if (values == null || values.values().stream().allMatch(v -> v == null || v.isBlank())) {
            violations.add(new Violation("values", "an edit needs at least one value, for one of " + String.join(", ", allowed)));
        } else {
            values.forEach((name, value) -> {
                String field = "values." + name;
                if (!allowed.contains(name)) {
                    violations.add(new Violation(field, "not part of this proposal; expected one of " + String.join(", ", allowed)));
                } else if (value != null && !value.isBlank()) {
                    String v = value.strip();
                    CanonicalAttribute attribute = CanonicalAttribute.fromWireName(name).orElseThrow();
                    String problem = problem(attribute, v);
                    String canonical = attribute == CanonicalAttribute.EMAIL ? v.toLowerCase(java.util.Locale.ROOT) : v;
                    if (problem != null) violations.add(new Violation(field, problem));
                    // the stored value itself needs no contribution: the source gives it already
                    else if (!canonical.equals(stored.get(name))) edit.put(name, canonical);
                }
            });
        }
        if (violations.isEmpty() && edit.isEmpty()) {
            violations.add(new Violation("values", "every value equals the stored one; accept or reject the proposal instead"));
        }
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid edit", violations);
        return edit;
    }

    /** Edited values are stored as canonical values: they must already be in canonical form. */
    private static String problem(CanonicalAttribute attribute, String value) {
        if (value.length() > MAX_VALUE_LENGTH) return "at most " + MAX_VALUE_LENGTH + " characters";
        return switch (attribute) {
            case PHONE -> E164.matcher(value).matches() ? null : "a phone in E.164 form, such as +17025550134";
            case EMAIL -> EmailStandardizer.normalize(value).isPresent() ? null : "not an e-mail address";
            case DATE_OF_BIRTH -> isoDate(value) ? null : "a date as yyyy-MM-dd";
            case COUNTRY -> value.matches("[A-Z]{2}") ? null : "an ISO 3166 two-letter country code, such as US";
            default -> value.chars().anyMatch(Character::isISOControl) ? "must not contain control characters" : null;
        };
    }

    private static boolean isoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The outcome of one proposal in a bulk decision. */
    public record BulkResult(long proposalId, String outcome, String detail) {
    }

    /**
     * Accepts every proposal of one kind in one batch that waits for a steward. Each is decided on its own and
     * audited; one that cannot be decided (decided meanwhile) is reported, not skipped silently.
     */
    public List<BulkResult> acceptAll(long jobId, CleansingKind kind, Principal steward, String comment) {
        if (!steward.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards decide cleansing proposals");
        List<BulkResult> results = new ArrayList<>();
        for (CleansingProposal p : waitingInBatch(jobId, kind)) {
            try {
                decide(p.getId(), ProposalWorkflow.Decision.ACCEPT, steward, null, comment);
                results.add(new BulkResult(p.getId(), "ACCEPTED", null));
            } catch (RequestRefused refused) {
                results.add(new BulkResult(p.getId(), "NOT_DECIDED", refused.getMessage()));
            }
        }
        return results;
    }

    /** The proposals of one kind in one batch that wait for a steward. */
    public List<CleansingProposal> waitingInBatch(long jobId, CleansingKind kind) {
        return proposals.findByJobIdAndKindAndStatusAndRouteOrderById(jobId, kind.name(), CleansingProposal.Status.PENDING.name(), "steward");
    }
}
