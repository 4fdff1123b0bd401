package org.customerhub.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;

import java.time.Instant;
import java.util.List;

@Repository
public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {
    List<WebhookDelivery> findByStatusAndNextAttemptAtLessThanEqualOrderById(String status, Instant due, Pageable pageable);

    List<WebhookDelivery> findBySubscriptionIdOrderByIdDesc(Long subscriptionId, Pageable pageable);

    List<WebhookDelivery> findBySubscriptionIdAndStatus(Long subscriptionId, String status);

    /** Takes a due delivery for one attempt: only one hub node wins it; the others see 0 and leave it. */
    @Query("UPDATE WebhookDelivery d SET d.nextAttemptAt = :leaseUntil, d.lockVersion = d.lockVersion + 1 "
            + "WHERE d.id = :id AND d.lockVersion = :lockVersion AND d.status = 'PENDING'")
    int claim(Long id, long lockVersion, Instant leaseUntil);
}
