package org.customerhub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import jakarta.inject.Singleton;
import org.customerhub.mastering.RecordKeySearch;
import org.customerhub.matching.CandidateFinder;
import org.customerhub.matching.IndexDocument;
import org.customerhub.matching.RecordIndex;
import org.customerhub.standardize.MatchKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Elasticsearch index of source records. Keys are computed in Java (the node has no analysis plugins) and
 * stored as keywords; candidate search runs several cheap queries in one _msearch and takes the union of hits.
 */
@Singleton
public class RecordSearchIndex implements CandidateFinder, RecordIndex, RecordKeySearch {
    private final ElasticsearchClient client;
    private final String index;

    public RecordSearchIndex(ElasticsearchClient client, @io.micronaut.context.annotation.Property(name = "hub.elasticsearch.index-prefix") String prefix) {
        this.client = client;
        this.index = prefix + "-records";
    }

    public String indexName() {
        return index;
    }

    private volatile boolean indexReady;

    /**
     * Creates the index on first use rather than at start: an index that is down when the hub starts must not
     * stop the record API (records are then stored and matched later).
     */
    private void ensureIndex() {
        if (indexReady) return;
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                indexReady = true;
                return;
            }
            Map<String, co.elastic.clients.elasticsearch._types.mapping.Property> props = new LinkedHashMap<>();
            props.put("record_id", co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.long_(l -> l)));
            props.put("master_id", co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.long_(l -> l)));
            for (String keyword : List.of("customer_number", "source", "given", "given_roots", "given_ph", "family",
                    "family_ph", "family_nysiis", "middle_initial", "dob", "postcode", "phone", "email", "street", "house", "city")) {
                props.put(keyword, co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.keyword(k -> k)));
            }
            try {
                client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False).properties(props)));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // another hub node (or thread) created it first
                if (!"resource_already_exists_exception".equals(e.error().type())) throw e;
            }
            indexReady = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index " + index, e);
        }
    }

    @Override
    public void index(List<IndexDocument> documents) {
        if (documents.isEmpty()) return;
        ensureIndex();
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (IndexDocument d : documents) {
            Map<String, Object> doc = document(d);
            bulk.operations(op -> op.index(i -> i.index(index).id(String.valueOf(d.recordId())).document(doc)));
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                String reason = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.error().reason()).findFirst().orElse("unknown");
                throw new IllegalStateException("indexing failed: " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    @Override
    public void recreate() {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) client.indices().delete(d -> d.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
        indexReady = false;
        ensureIndex();
    }

    @Override
    public void delete(List<Long> recordIds) {
        if (recordIds.isEmpty()) return;
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        recordIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(String.valueOf(id)))));
        try {
            client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    @Override
    public List<Long> candidateRecordIds(MatchKeys k, int perQuery) {
        ensureIndex();
        List<Query> queries = new ArrayList<>();
        // phonetic name block: same sounding family name and given name (or nickname root)
        if (k.familyPhonetic() != null && (k.givenPhonetic() != null || roots(k) != null)) {
            List<Query> given = new ArrayList<>();
            if (k.givenPhonetic() != null) given.add(term("given_ph", k.givenPhonetic()));
            if (roots(k) != null) given.add(terms("given_roots", roots(k)));
            queries.add(and(term("family_ph", k.familyPhonetic()), or(given)));
        }
        // typo-tolerant names
        if (k.familyFolded() != null && k.givenFolded() != null) {
            queries.add(and(fuzzy("family", k.familyFolded()), fuzzy("given", k.givenFolded())));
            // given and family swapped
            queries.add(and(fuzzy("family", k.givenFolded()), fuzzy("given", k.familyFolded())));
        }
        if (k.emailKey() != null) queries.add(term("email", k.emailKey()));
        if (k.phone() != null) queries.add(term("phone", k.phone()));
        if (k.dateOfBirth() != null && k.postcode() != null) queries.add(and(term("dob", k.dateOfBirth()), term("postcode", k.postcode())));
        if (k.dateOfBirth() != null && k.familyFolded() != null) queries.add(and(term("dob", k.dateOfBirth()), fuzzy("family", k.familyFolded())));
        if (queries.isEmpty()) return List.of();
        List<RequestItem> items = queries.stream().map(q -> RequestItem.of(r -> r
                .header(h -> h.index(index))
                .body(b -> b.query(q).size(perQuery).source(s -> s.fetch(false))))).toList();
        try {
            MsearchResponse<Void> response = client.msearch(m -> m.searches(items), Void.class);
            Set<Long> ids = new LinkedHashSet<>();
            for (MultiSearchResponseItem<Void> item : response.responses()) {
                if (!item.isResult()) throw new IllegalStateException("candidate search failed: " + item.failure().error().reason());
                item.result().hits().hits().forEach(h -> ids.add(Long.parseLong(h.id())));
            }
            return new ArrayList<>(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    @Override
    public List<Long> byPhone(String e164, int max) {
        return recordIds(term("phone", e164), max);
    }

    @Override
    public List<Long> byEmailKey(String emailKey, int max) {
        return recordIds(term("email", emailKey), max);
    }

    @Override
    public List<Long> byName(String familyFolded, String givenFolded, int max) {
        if (givenFolded == null) return recordIds(term("family", familyFolded), max);
        // "anna" finds "anna" and "anna lena", not "annabel"
        return recordIds(and(term("family", familyFolded),
                or(List.of(term("given", givenFolded), Query.of(q -> q.prefix(p -> p.field("given").value(givenFolded + " ")))))), max);
    }

    private List<Long> recordIds(Query query, int max) {
        ensureIndex();
        try {
            return client.search(s -> s.index(index).query(query).size(max).source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("record_id"))), Void.class)
                    .hits().hits().stream().map(h -> Long.parseLong(h.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    public long count() {
        ensureIndex();
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    private static List<String> roots(MatchKeys k) {
        return k.givenRoots() == null || k.givenRoots().isEmpty() ? null : List.copyOf(k.givenRoots());
    }

    private static Map<String, Object> document(IndexDocument d) {
        MatchKeys k = d.keys();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("record_id", d.recordId());
        doc.put("master_id", d.masterId());
        doc.put("customer_number", d.customerNumber());
        doc.put("source", d.source());
        doc.put("given", k.givenFolded());
        doc.put("given_roots", k.givenRoots() == null ? List.of() : List.copyOf(k.givenRoots()));
        doc.put("given_ph", k.givenPhonetic());
        doc.put("family", k.familyFolded());
        doc.put("family_ph", k.familyPhonetic());
        doc.put("family_nysiis", k.familyNysiis());
        doc.put("middle_initial", k.middleInitial());
        doc.put("dob", k.dateOfBirth());
        doc.put("postcode", k.postcode());
        doc.put("phone", k.phone());
        doc.put("email", k.emailKey());
        doc.put("street", k.streetFolded());
        doc.put("house", k.houseNumber());
        doc.put("city", k.cityFolded());
        doc.values().removeIf(java.util.Objects::isNull);
        return doc;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static Query fuzzy(String field, String value) {
        return Query.of(q -> q.fuzzy(f -> f.field(field).value(value).fuzziness("AUTO")));
    }

    private static Query and(Query... all) {
        return Query.of(q -> q.bool(b -> b.must(List.of(all))));
    }

    private static Query or(List<Query> any) {
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }
}
