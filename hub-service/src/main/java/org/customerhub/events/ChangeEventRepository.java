package org.customerhub.events;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;

import java.util.List;

@Repository
public interface ChangeEventRepository extends JpaRepository<ChangeEvent, Long> {
    List<ChangeEvent> findByDispatchedFalseOrderById(Pageable pageable);

    List<ChangeEvent> findByCustomerNumberOrderById(String customerNumber);
}
