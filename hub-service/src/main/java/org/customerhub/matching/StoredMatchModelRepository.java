package org.customerhub.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

@Repository
public interface StoredMatchModelRepository extends JpaRepository<StoredMatchModel, Long> {
    List<StoredMatchModel> findByStatusOrderByIdDesc(String status);

    Optional<StoredMatchModel> findByVersion(String version);

    boolean existsByVersion(String version);

    List<StoredMatchModel> findByIdGreaterThanOrderByIdDesc(Long id);

    @Query("UPDATE StoredMatchModel m SET m.status = 'RETIRED' WHERE m.status = 'ACTIVE'")
    int retireActive();

    @Query("UPDATE StoredMatchModel m SET m.status = 'ACTIVE' WHERE m.version = :version")
    int activateVersion(String version);
}
