package org.customerhub.cleansing;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

@Repository
public interface FollowCursorRepository extends JpaRepository<FollowCursor, String> {
}
