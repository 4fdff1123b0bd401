package org.customerhub.events;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, Long> {
    List<WebhookSubscription> findByActiveTrueOrderById();

    List<WebhookSubscription> findBySourceCodeAndActiveTrueOrderById(String sourceCode);
}
