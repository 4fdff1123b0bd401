package org.customerhub.governance;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;
import org.customerhub.governance.rules.Condition;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies the approved new-customer and lost-customer definitions: flags masters, clears flags that no longer
 * hold, and previews what a proposed version would change. A full pass walks all active masters in batches; a
 * master whose activity changed is looked at again on its own.
 */
@Singleton
public class MasterFlagging {
    private static final Logger LOG = LoggerFactory.getLogger(MasterFlagging.class);
    static final List<DefinitionKind> FLAGGING = List.of(DefinitionKind.NEW_CUSTOMER, DefinitionKind.LOST_CUSTOMER);
    private static final int BATCH = 500;
    private static final int EXAMPLES = 10;
    private static final String ACTIVE = MasterRecord.Status.ACTIVE.name();

    private final FlaggingMasters masters;
    private final FlagWriter writer;
    private final GovernedRules rules;
    private final DefinitionStore definitions;
    private final MasterFlagRepository flags;
    private final ReentrantLock passLock = new ReentrantLock();

    public MasterFlagging(FlaggingMasters masters, FlagWriter writer, GovernedRules rules, DefinitionStore definitions,
                          MasterFlagRepository flags) {
        this.masters = masters;
        this.writer = writer;
        this.rules = rules;
        this.definitions = definitions;
        this.flags = flags;
    }

    public record PassResult(long evaluated, int set, int cleared, Map<String, String> rules, Instant at) {
    }

    /** Every active master against the definitions in force now; one pass at a time on a node. */
    public PassResult fullPass() {
        passLock.lock();
        try {
            Instant now = Instant.now();
            definitions.supersede(now);
            Map<String, Optional<ApprovedDefinition<Condition>>> inForce = rulesInForce(now);
            long evaluated = 0;
            int set = 0;
            int cleared = 0;
            long after = 0;
            while (true) {
                List<MasterRecord> batch = masters.findByStatusAndIdGreaterThan(ACTIVE, after, Pageable.from(0, BATCH, Sort.of(Sort.Order.asc("id"))));
                if (batch.isEmpty()) break;
                FlagWriter.Changes changes = writer.apply(batch, inForce, now);
                set += changes.set();
                cleared += changes.cleared();
                evaluated += batch.size();
                after = batch.get(batch.size() - 1).getId();
            }
            cleared += writer.dropFlagsOfMergedMasters();
            PassResult result = new PassResult(evaluated, set, cleared, describe(inForce), now);
            LOG.info("flagging pass: {} masters, {} flags set, {} cleared, rules {}", evaluated, set, cleared, result.rules());
            return result;
        } finally {
            passLock.unlock();
        }
    }

    /** The masters whose activity changed: merged, linked, new interactions. */
    public PassResult reevaluate(Collection<Long> masterIds) {
        Instant now = Instant.now();
        if (masterIds.isEmpty()) return new PassResult(0, 0, 0, Map.of(), now);
        Map<String, Optional<ApprovedDefinition<Condition>>> inForce = rulesInForce(now);
        List<MasterRecord> active = masters.findByIdIn(masterIds).stream().filter(MasterRecord::isActive).toList();
        int set = 0;
        int cleared = 0;
        for (int i = 0; i < active.size(); i += BATCH) {
            FlagWriter.Changes changes = writer.apply(active.subList(i, Math.min(active.size(), i + BATCH)), inForce, now);
            set += changes.set();
            cleared += changes.cleared();
        }
        if (active.size() < masterIds.size()) cleared += writer.dropFlagsOfMergedMasters();
        return new PassResult(active.size(), set, cleared, describe(inForce), now);
    }

    /** Masters changed since a moment (their golden record or cross-references), for the incremental job. */
    public List<Long> changedSince(Instant since) {
        return masters.findByStatusAndUpdatedAtGreaterThan(ACTIVE, since).stream().map(MasterRecord::getId).toList();
    }

    /** Which version of each flagging kind is in force now: when this changes, a full pass is due. */
    public Map<String, String> inForceNow() {
        return describe(rulesInForce(Instant.now()));
    }

    public ImpactPreview preview(Principal reader, String key, int version) {
        Definitions.requireReader(reader);
        DefinitionVersion proposed = definitions.version(key, version);
        DefinitionKind kind = proposed.kindValue();
        if (!kind.flags())
            throw RequestRefused.conflict("No impact preview", key + " is a " + kind.wire() + " definition; an impact preview counts "
                    + "the masters a new-customer or lost-customer definition flags");
        Condition condition = rules.compile(proposed, Condition.class);
        Instant now = Instant.now();
        long evaluated = 0;
        long flaggedNow = 0;
        long flaggedAfter = 0;
        long gained = 0;
        long lost = 0;
        List<String> gainedExamples = new ArrayList<>();
        List<String> lostExamples = new ArrayList<>();
        long after = 0;
        while (true) {
            List<MasterRecord> batch = masters.findByStatusAndIdGreaterThan(ACTIVE, after, Pageable.from(0, BATCH, Sort.of(Sort.Order.asc("id"))));
            if (batch.isEmpty()) break;
            FlagWriter.Comparison c = writer.compare(batch, kind.flag(), condition, now);
            evaluated += batch.size();
            flaggedNow += c.flaggedBefore();
            flaggedAfter += c.flaggedAfter();
            gained += c.gained().size();
            lost += c.lost().size();
            c.gained().stream().limit(EXAMPLES - gainedExamples.size()).forEach(gainedExamples::add);
            c.lost().stream().limit(EXAMPLES - lostExamples.size()).forEach(lostExamples::add);
            after = batch.get(batch.size() - 1).getId();
        }
        Integer inForce = rules.flagRule(kind, now).map(ApprovedDefinition::version).orElse(null);
        return new ImpactPreview(key, version, kind.flag(), inForce, evaluated, flaggedNow, flaggedAfter, gained, lost,
                gainedExamples, lostExamples);
    }

    public record FlaggedMaster(String customerNumber, String flag, String definition, Instant flaggedAt) {
    }

    public record FlaggedPage(String flag, long total, int page, int size, List<FlaggedMaster> masters) {
    }

    public FlaggedPage flagged(Principal reader, String flag, int page, int size) {
        if (!reader.has(Role.STEWARD) && !reader.has(Role.ADMIN) && !reader.has(Role.COMMITTEE))
            throw RequestRefused.forbidden("Flagged masters are listed for stewards, committee members and admins");
        if (FLAGGING.stream().noneMatch(k -> k.flag().equals(flag)))
            throw RequestRefused.invalid("Invalid flag", List.of(new org.customerhub.common.Violation("flag", "must be new or lost")));
        var found = flags.findByFlag(flag, Pageable.from(Math.max(0, page), size, Sort.of(Sort.Order.desc("flaggedAt"), Sort.Order.asc("masterId"))));
        Map<Long, String> numbers = new LinkedHashMap<>();
        if (!found.getContent().isEmpty()) {
            masters.findByIdIn(found.getContent().stream().map(MasterFlag::getMasterId).toList()).forEach(m -> numbers.put(m.getId(), m.getCustomerNumber()));
        }
        return new FlaggedPage(flag, found.getTotalSize(), found.getPageNumber(), size, found.getContent().stream()
                .map(f -> new FlaggedMaster(numbers.get(f.getMasterId()), f.getFlag(), f.getDefinitionKey() + " v" + f.getDefinitionVersion(), f.getFlaggedAt()))
                .toList());
    }

    /** The flags a master carries now, with the definition version that set them. */
    public List<FlaggedMaster> flagsOf(long masterId, String customerNumber) {
        return flags.findByMasterIdIn(List.of(masterId)).stream()
                .map(f -> new FlaggedMaster(customerNumber, f.getFlag(), f.getDefinitionKey() + " v" + f.getDefinitionVersion(), f.getFlaggedAt()))
                .sorted(java.util.Comparator.comparing(FlaggedMaster::flag)).toList();
    }

    private Map<String, Optional<ApprovedDefinition<Condition>>> rulesInForce(Instant now) {
        Map<String, Optional<ApprovedDefinition<Condition>>> inForce = new LinkedHashMap<>();
        FLAGGING.forEach(k -> inForce.put(k.flag(), rules.flagRule(k, now)));
        return inForce;
    }

    private static Map<String, String> describe(Map<String, Optional<ApprovedDefinition<Condition>>> inForce) {
        Map<String, String> out = new LinkedHashMap<>();
        inForce.forEach((flag, rule) -> out.put(flag, rule.map(ApprovedDefinition::reference).orElse("none in force")));
        return out;
    }
}
