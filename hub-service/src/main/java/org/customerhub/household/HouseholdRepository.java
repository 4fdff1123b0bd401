package org.customerhub.household;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Optional;

@Repository
public interface HouseholdRepository extends JpaRepository<Household, Long> {
    Optional<Household> findByHouseholdKey(String householdKey);

    Optional<Household> findByHouseholdNumber(String householdNumber);
}
