package org.customerhub.stewardship;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface MergeReviewRepository extends JpaRepository<MergeReview, Long> {
    List<MergeReview> findByStatusAndProcessInstanceIdIsNull(String status);

    List<MergeReview> findByStatusOrderById(String status);

    long countByStatus(String status);
}
