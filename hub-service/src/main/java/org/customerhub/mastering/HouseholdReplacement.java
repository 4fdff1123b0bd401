package org.customerhub.mastering;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.customerhub.household.HouseholdService;

import java.util.List;

/**
 * Places every active master again by the household rule in force, after the rule changed. Masters are read in
 * batches by id and each is placed in its own transaction, so the pass is bounded in memory, never holds one long
 * transaction, and may be repeated: a master whose key did not change is left as it is.
 */
@Singleton
public class HouseholdReplacement {
    private static final int BATCH = 500;
    private final MasterRecordRepository masters;
    private final HouseholdService households;

    public HouseholdReplacement(MasterRecordRepository masters, HouseholdService households) {
        this.masters = masters;
        this.households = households;
    }

    /** Answers how many masters were placed. */
    public int replaceAll() {
        long after = 0;
        int placed = 0;
        while (true) {
            List<MasterRecord> batch = masters.findByStatusAndIdGreaterThan(MasterRecord.Status.ACTIVE.name(), after,
                    Pageable.from(0, BATCH, Sort.of(Sort.Order.asc("id"))));
            for (MasterRecord m : batch) {
                households.place(m.getId(), m.getCustomerNumber(), MasteringService.values(MasteringService.golden(m)));
                after = m.getId();
            }
            placed += batch.size();
            if (batch.size() < BATCH) return placed;
        }
    }
}
