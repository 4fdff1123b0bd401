package org.customerhub.interaction;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.governance.ApprovedDefinition;
import org.customerhub.governance.GovernedRules;
import org.customerhub.governance.rules.Facts;
import org.customerhub.governance.rules.Policy;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Principal;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "May I contact this customer now, for this purpose?" A source asks before it sends an offer; the approved
 * contact policy answers allow, warn or deny, with the rule that decided and the interactions in other silos that
 * conflict. The asking silo sees those only as silo, kind, status and dates.
 */
@Singleton
public class ContactCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ContactCheck.class);

    private final GovernedRules rules;
    private final CustomerActivities activities;
    private final MasteringService mastering;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;

    private final CustomerNumbers customerNumbers;

    public ContactCheck(GovernedRules rules, CustomerActivities activities, MasteringService mastering,
                        SourceRecordRepository records, SourceRegistry sources, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.rules = rules;
        this.activities = activities;
        this.mastering = mastering;
        this.records = records;
        this.sources = sources;
    }

    public record Question(String sourceKey, String customerNumber, String purpose) {
    }

    public record FiredRule(String rule, String outcome, List<InteractionView> conflicts) {
    }

    public record Answer(String outcome, String customerNumber, String purpose, String rule, String policy,
                         List<InteractionView> conflicts, List<FiredRule> fired, Instant checkedAt) {
    }

    @Transactional
    public Answer ask(Principal caller, Question question) {
        if (caller.kind() != Principal.Kind.SOURCE)
            throw RequestRefused.forbidden("The contact check is asked by a source system, with its token");
        String silo = caller.sourceCode();
        List<Violation> violations = new ArrayList<>();
        boolean byKey = question.sourceKey() != null && !question.sourceKey().isBlank();
        boolean byNumber = question.customerNumber() != null && !question.customerNumber().isBlank();
        if (byKey == byNumber) violations.add(new Violation(byKey ? "customerNumber" : "sourceKey",
                "give either sourceKey (your own record key) or customerNumber, not " + (byKey ? "both" : "neither")));
        if (byNumber && !customerNumbers.isValid(question.customerNumber()))
            violations.add(new Violation("customerNumber", "is not a customer number (C, seven digits, '-', check digit)"));
        if (question.purpose() == null || ContactPurpose.fromWire(question.purpose()).isEmpty())
            violations.add(new Violation("purpose", (question.purpose() == null ? "is required" : "'" + question.purpose() + "' is not known")
                    + "; one of " + String.join(", ", ContactPurpose.wireNames())));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid contact check", violations);
        MasterRecord master = byNumber ? mastering.resolve(question.customerNumber()) : masterOf(silo, question.sourceKey());
        CustomerActivity activity = activities.of(master);
        Instant now = Instant.now();
        Optional<ApprovedDefinition<Policy>> policy = rules.contactPolicy();
        if (policy.isEmpty()) {
            return new Answer("allow", master.getCustomerNumber(), question.purpose(), null, null, List.of(), List.of(), now);
        }
        Policy.Decision decision = policy.get().rule().decide(activity.with(Map.of("purpose", question.purpose(), "caller", silo)), now);
        List<FiredRule> fired = decision.fired().stream().map(f -> new FiredRule(f.rule().name(), f.rule().outcome().name().toLowerCase(),
                views(f.evidence(), silo))).toList();
        Policy.Fired decisive = decision.decisive();
        List<InteractionView> conflicts = decisive == null ? List.of() : views(decisive.evidence(), silo);
        LOG.info("contact check by {} for {} ({}): {}{}", silo, master.getCustomerNumber(), question.purpose(),
                decision.outcome().name().toLowerCase(), decisive == null ? "" : " by rule " + decisive.rule().name());
        return new Answer(decision.outcome().name().toLowerCase(), master.getCustomerNumber(), question.purpose(),
                decisive == null ? null : decisive.rule().name(), policy.get().reference(), conflicts, fired, now);
    }

    private MasterRecord masterOf(String silo, String sourceKey) {
        SourceInfo source = sources.byCode(silo).orElseThrow(() -> RequestRefused.notFound("source", silo));
        SourceRecord record = records.findBySourceIdAndSourceKey(source.id(), sourceKey)
                .orElseThrow(() -> RequestRefused.notFound("record", silo + "/" + sourceKey));
        if (record.getMasterId() == null) throw RequestRefused.conflict("Record not matched yet", "The record is stored and waits for matching");
        return mastering.active(record.getMasterId());
    }

    private static List<InteractionView> views(List<Facts> evidence, String silo) {
        return new LinkedHashSet<>(evidence).stream().map(f -> InteractionView.forReader((CustomerActivity.Item) f, silo)).toList();
    }
}
