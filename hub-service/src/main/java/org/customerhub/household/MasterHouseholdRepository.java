package org.customerhub.household;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface MasterHouseholdRepository extends JpaRepository<MasterHousehold, Long> {
    List<MasterHousehold> findByHouseholdKey(String householdKey);

    List<MasterHousehold> findByHouseholdIdOrderByMasterId(Long householdId);
}
