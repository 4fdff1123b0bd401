package org.customerhub.household;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps masters in households by the {@link HouseholdRule}. Mastering calls it whenever a golden record changes
 * and when a master is merged away, inside that change's transaction. Households only group masters: being in one
 * household never makes two masters one person (the matcher's conflict guard keeps twins, spouses, and parent and
 * child with one name apart).
 */
@Singleton
public class HouseholdService {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdService.class);
    private final HouseholdRule rule;
    private final HouseholdRepository households;
    private final MasterHouseholdRepository members;
    private final HouseholdFounding founding;

    public HouseholdService(HouseholdRule rule, HouseholdRepository households, MasterHouseholdRepository members,
                            HouseholdFounding founding) {
        this.rule = rule;
        this.households = households;
        this.members = members;
        this.founding = founding;
    }

    public record HouseholdView(String householdNumber, List<String> memberNumbers, Instant createdAt) {
    }

    /** Places an active master by its golden values; answers its household number, if it is in one. */
    @Transactional
    public Optional<String> place(long masterId, String customerNumber, Map<String, String> golden) {
        String key = rule.keyOf(golden).orElse(null);
        MasterHousehold row = members.findById(masterId).orElse(null);
        String previousKey = row == null ? null : row.getHouseholdKey();
        if (row == null) {
            members.save(newRow(masterId, customerNumber, key));
        } else if (!Objects.equals(previousKey, key) || !customerNumber.equals(row.getCustomerNumber())) {
            row.setHouseholdKey(key);
            row.setCustomerNumber(customerNumber);
            row.setUpdatedAt(Instant.now());
            members.update(row);
        }
        if (previousKey != null && !previousKey.equals(key)) regroup(previousKey);
        if (key == null) return numberOf(masterId);
        return Optional.ofNullable(regroup(key)).map(Household::getHouseholdNumber);
    }

    /**
     * Places a master created in this transaction, which has no household row yet (master ids are never reused):
     * the same as {@link #place} without looking for that row.
     */
    @Transactional
    public Optional<String> placeNew(long masterId, String customerNumber, Map<String, String> golden) {
        String key = rule.keyOf(golden).orElse(null);
        members.save(newRow(masterId, customerNumber, key));
        return key == null ? Optional.empty() : Optional.ofNullable(regroup(key)).map(Household::getHouseholdNumber);
    }

    private static MasterHousehold newRow(long masterId, String customerNumber, String key) {
        MasterHousehold row = new MasterHousehold(masterId);
        row.setCustomerNumber(customerNumber);
        row.setHouseholdKey(key);
        row.setUpdatedAt(Instant.now());
        return row;
    }

    /** A master merged into another leaves its household; the survivor is placed by its own golden values. */
    @Transactional
    public void leave(long masterId) {
        members.findById(masterId).ifPresent(row -> {
            String key = row.getHouseholdKey();
            members.delete(row);
            if (key != null) regroup(key);
        });
    }

    @Transactional
    public Optional<String> numberOf(long masterId) {
        return members.findById(masterId).map(MasterHousehold::getHouseholdId)
                .flatMap(households::findById).map(Household::getHouseholdNumber);
    }

    @Transactional
    public HouseholdView view(String number) {
        if (!Household.isWellFormed(number)) {
            throw RequestRefused.invalid("Invalid household number", List.of(new Violation("number",
                    "expected H, seven or more digits, a hyphen and a valid check digit, e.g. H0000012-5")));
        }
        Household household = households.findByHouseholdNumber(number).orElseThrow(() -> RequestRefused.notFound("household", number));
        List<String> numbers = members.findByHouseholdIdOrderByMasterId(household.getId()).stream()
                .map(MasterHousehold::getCustomerNumber).toList();
        return new HouseholdView(household.getHouseholdNumber(), numbers, household.getCreatedAt());
    }

    /** Puts the masters sharing the key into its household, or out of it when too few share it; answers it or null. */
    private Household regroup(String key) {
        List<MasterHousehold> sharing = members.findByHouseholdKey(key);
        Household household = null;
        if (sharing.size() >= rule.minimumMembers()) {
            household = households.findByHouseholdKey(key).orElseGet(() -> foundOrRead(key));
        }
        Long householdId = household == null ? null : household.getId();
        for (MasterHousehold m : sharing) {
            if (!Objects.equals(m.getHouseholdId(), householdId)) {
                m.setHouseholdId(householdId);
                m.setUpdatedAt(Instant.now());
                members.update(m);
            }
        }
        return household;
    }

    private Household foundOrRead(String key) {
        try {
            return founding.found(key);
        } catch (RuntimeException e) {
            LOG.info("household founded concurrently, reading it: {}", e.getClass().getSimpleName());
            return households.findByHouseholdKey(key).orElseThrow(() -> e);
        }
    }
}
