package org.customerhub.household;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Creates the household of a key in a transaction of its own: two hub nodes forming the same household at once
 * collide on the unique key here, and the loser reads the winner's household instead of failing its master change.
 */
@Singleton
class HouseholdFounding {
    private final HouseholdRepository households;

    HouseholdFounding(HouseholdRepository households) {
        this.households = households;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Household found(String key) {
        return households.findByHouseholdKey(key).orElseGet(() -> households.save(new Household(key)));
    }
}
