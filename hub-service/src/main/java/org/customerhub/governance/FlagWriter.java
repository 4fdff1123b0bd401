package org.customerhub.governance;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.governance.rules.Condition;
import org.customerhub.interaction.CustomerActivities;
import org.customerhub.interaction.CustomerActivity;
import org.customerhub.mastering.MasterRecord;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One batch of masters per transaction: evaluates the flag rules and writes only the flags that change. */
@Singleton
public class FlagWriter {
    private final MasterFlagRepository flags;
    private final CustomerActivities activities;

    public FlagWriter(MasterFlagRepository flags, CustomerActivities activities) {
        this.flags = flags;
        this.activities = activities;
    }

    public record Changes(int set, int cleared) {
    }

    /** {@code rules}: per flag ("new", "lost") the definition in force, or empty when none is (its flags go). */
    @Transactional
    public Changes apply(List<MasterRecord> batch, Map<String, Optional<ApprovedDefinition<Condition>>> rules, Instant now) {
        if (batch.isEmpty()) return new Changes(0, 0);
        Map<Long, List<MasterFlag>> existing = flags.findByMasterIdIn(batch.stream().map(MasterRecord::getId).toList()).stream()
                .collect(Collectors.groupingBy(MasterFlag::getMasterId));
        int set = 0;
        int cleared = 0;
        for (CustomerActivity activity : activities.of(batch)) {
            List<MasterFlag> current = existing.getOrDefault(activity.masterId(), List.of());
            for (Map.Entry<String, Optional<ApprovedDefinition<Condition>>> rule : rules.entrySet()) {
                Optional<MasterFlag> flagged = current.stream().filter(f -> f.getFlag().equals(rule.getKey())).findFirst();
                boolean holds = rule.getValue().map(r -> r.rule().test(activity, now)).orElse(false);
                if (holds && flagged.isEmpty()) {
                    flags.save(new MasterFlag(activity.masterId(), rule.getKey(), rule.getValue().get().key(), rule.getValue().get().version()));
                    set++;
                } else if (holds && flagged.get().getDefinitionVersion() != rule.getValue().get().version()) {
                    // still flagged, now by the version in force: keep the date it was first flagged
                    flagged.get().setDefinitionKey(rule.getValue().get().key());
                    flagged.get().setDefinitionVersion(rule.getValue().get().version());
                    flags.update(flagged.get());
                } else if (!holds && flagged.isPresent()) {
                    flags.delete(flagged.get());
                    cleared++;
                }
            }
        }
        return new Changes(set, cleared);
    }

    public record Comparison(List<String> gained, List<String> lost, int flaggedAfter, int flaggedBefore) {
    }

    /** What a proposed condition would flag in this batch, against the flags as they are. Writes nothing. */
    @Transactional
    public Comparison compare(List<MasterRecord> batch, String flag, Condition proposed, Instant now) {
        Set<Long> flaggedNow = new HashSet<>();
        flags.findByMasterIdIn(batch.stream().map(MasterRecord::getId).toList()).stream()
                .filter(f -> f.getFlag().equals(flag)).forEach(f -> flaggedNow.add(f.getMasterId()));
        List<CustomerActivity> all = activities.of(batch);
        List<String> gained = all.stream().filter(a -> !flaggedNow.contains(a.masterId()) && proposed.test(a, now))
                .map(CustomerActivity::customerNumber).toList();
        List<String> lost = all.stream().filter(a -> flaggedNow.contains(a.masterId()) && !proposed.test(a, now))
                .map(CustomerActivity::customerNumber).toList();
        int after = (int) all.stream().filter(a -> proposed.test(a, now)).count();
        return new Comparison(gained, lost, after, flaggedNow.size());
    }

    @Transactional
    public int dropFlagsOfMergedMasters() {
        return flags.deleteOfInactiveMasters();
    }
}
