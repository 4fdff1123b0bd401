package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads cleansing needs beyond its repositories: source records by a cursor, filtered and counted proposals. */
@Singleton
public class CleansingQueries {
    private final EntityManager entities;

    public CleansingQueries(EntityManager entities) {
        this.entities = entities;
    }

    /** The next record ids of a source after the cursor, in id order: the order a job walks a source in. */
    @Transactional
    public List<Long> recordIdsAfter(long sourceId, long cursor, int limit) {
        return entities.createQuery("SELECT r.id FROM SourceRecord r WHERE r.sourceId = :source AND r.id > :cursor ORDER BY r.id", Long.class)
                .setParameter("source", sourceId).setParameter("cursor", cursor).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long countRecords(long sourceId) {
        return entities.createQuery("SELECT COUNT(r) FROM SourceRecord r WHERE r.sourceId = :source", Long.class)
                .setParameter("source", sourceId).getSingleResult();
    }

    /** A stored record and when it last changed. */
    public record Changed(long id, Instant updatedAt) {
    }

    /** Records changed after (updatedAt, id) and before {@code until}, in that order. */
    @Transactional
    public List<Changed> changedAfter(Instant updatedAt, long id, Instant until, int limit) {
        return entities.createQuery("SELECT r.id, r.updatedAt FROM SourceRecord r WHERE (r.updatedAt > :at OR (r.updatedAt = :at AND r.id > :id))"
                        + " AND r.updatedAt < :until ORDER BY r.updatedAt, r.id", Object[].class)
                .setParameter("at", updatedAt).setParameter("id", id).setParameter("until", until).setMaxResults(limit)
                .getResultList().stream().map(row -> new Changed((Long) row[0], (Instant) row[1])).toList();
    }

    /** Which proposals to list; a null field does not filter. */
    public record Filter(String status, Long sourceId, String kind, Long jobId, String queue, Long recordId) {
    }

    @Transactional
    public List<CleansingProposal> proposals(Filter filter, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<CleansingProposal> query = entities.createQuery("SELECT p FROM CleansingProposal p" + where(filter, parameters)
                + " ORDER BY p.id", CleansingProposal.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count(Filter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = entities.createQuery("SELECT COUNT(p) FROM CleansingProposal p" + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Waiting proposals per kind and queue, for the inbox's counts. */
    @Transactional
    public Map<String, Long> waitingByQueue(Filter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Object[]> query = entities.createQuery("SELECT p.queue, COUNT(p) FROM CleansingProposal p"
                + where(new Filter(filter.status(), filter.sourceId(), filter.kind(), filter.jobId(), null, null), parameters)
                + " GROUP BY p.queue ORDER BY p.queue", Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(row -> counts.put(row[0] == null ? "routing" : (String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        condition(where, parameters, "p.status", "status", filter.status());
        condition(where, parameters, "p.sourceId", "source", filter.sourceId());
        condition(where, parameters, "p.kind", "kind", filter.kind());
        condition(where, parameters, "p.jobId", "job", filter.jobId());
        condition(where, parameters, "p.queue", "queue", filter.queue());
        condition(where, parameters, "p.sourceRecordId", "record", filter.recordId());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String path, String name, Object value) {
        if (value == null) return;
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(path).append(" = :").append(name);
        parameters.put(name, value);
    }

    /** Rows of an aggregate query: each row's values in the order of the select. */
    @Transactional
    public List<Object[]> aggregate(String jpql) {
        return entities.createQuery(jpql, Object[].class).getResultList();
    }
}
