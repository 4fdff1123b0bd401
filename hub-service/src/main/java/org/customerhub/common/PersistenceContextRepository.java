package org.customerhub.common;

import io.micronaut.data.jpa.repository.JpaRepository;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * A repository whose {@link #findById} answers from the persistence context when the transaction already holds the
 * entity, else with one select ({@link EntityManager#find}). Micronaut Data's generated findById is a query: it
 * flushes and selects on every call, which on the ingest path was seven master selects per record.
 */
public abstract class PersistenceContextRepository<E> implements JpaRepository<E, Long> {
    private final EntityManager entities;
    private final Class<E> type;

    protected PersistenceContextRepository(EntityManager entities, Class<E> type) {
        this.entities = entities;
        this.type = type;
    }

    @Override
    @Transactional
    public Optional<E> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entities.find(type, id));
    }
}
