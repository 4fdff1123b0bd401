package org.customerhub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import jakarta.inject.Singleton;
import org.customerhub.mastering.RecordKeySearch;
import org.customerhub.matching.BlockingKeys;
import org.customerhub.matching.CandidateFinder;
import org.customerhub.matching.EditDistance;
import org.customerhub.matching.IndexDocument;
import org.customerhub.matching.RecentRecords;
import org.customerhub.matching.RecordIndex;
import org.customerhub.standardize.MatchKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Elasticsearch index of source records. Keys are computed in Java (the node has no analysis plugins) and
 * stored as keywords; candidate search asks for the records sharing most blocking keys, and by fuzzy names, many
 * records in one _msearch. Writes are not refreshed one by one: {@link RecentRecords} holds what this node wrote
 * until the next {@link #refresh()}, and the key lookups of master search include it.
 */
@Singleton
public class RecordSearchIndex implements CandidateFinder, RecordIndex, RecordKeySearch {
    /** The keyword field holding every blocking key of a record ({@link BlockingKeys}). */
    private static final String BLOCKS = "blocks";
    /**
     * Keyword fields holding each folded name with up to two characters deleted ({@link EditDistance#deletions}):
     * the fuzzy name search looks its names' variants up in them, a few term lookups instead of an edit-distance
     * automaton per name (four times the cost on this machine's node), and keeps what is within the budget.
     */
    private static final String FAMILY_VARIANTS = "family_del";
    private static final String GIVEN_VARIANTS = "given_del";
    /** The fuzzy search asks for this many times the hits it keeps, since the variants also find a few names too far. */
    private static final int FUZZY_OVERFETCH = 3;
    private static final List<co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat> NAME_FIELDS = List.of(
            co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat.of(f -> f.field("family")),
            co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat.of(f -> f.field("given")));
    private final ElasticsearchClient client;
    private final RecentRecords recent;
    private final String index;

    public RecordSearchIndex(ElasticsearchClient client, RecentRecords recent,
                             @io.micronaut.context.annotation.Property(name = "hub.elasticsearch.index-prefix") String prefix) {
        this.client = client;
        this.recent = recent;
        this.index = prefix + "-records";
    }

    public String indexName() {
        return index;
    }

    private volatile boolean indexReady;

    /**
     * Creates the index on first use rather than at start: an index that is down when the hub starts must not
     * stop the record API (records are then stored and matched later). One thread at a time: a bulk push searches
     * for its next batch while the index writer or another search may be the first to use the index.
     */
    private synchronized void ensureIndex() {
        if (indexReady) return;
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                awaitShard();
                // an index created before blocking keys existed gets the field; migration V3 reindexes its records
                // and the names' deletion variants (migration V9 reindexes for them)
                for (String keyword : List.of(BLOCKS, FAMILY_VARIANTS, GIVEN_VARIANTS)) {
                    client.indices().putMapping(m -> m.index(index).properties(keyword,
                            co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.keyword(k -> k))));
                }
                indexReady = true;
                return;
            }
            Map<String, co.elastic.clients.elasticsearch._types.mapping.Property> props = new LinkedHashMap<>();
            props.put("record_id", co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.long_(l -> l)));
            props.put("master_id", co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.long_(l -> l)));
            for (String keyword : List.of(BLOCKS, FAMILY_VARIANTS, GIVEN_VARIANTS, "customer_number", "source", "given", "given_roots", "given_ph", "family",
                    "family_ph", "family_nysiis", "middle_initial", "dob", "postcode", "phone", "email", "street", "house", "city")) {
                props.put(keyword, co.elastic.clients.elasticsearch._types.mapping.Property.of(p -> p.keyword(k -> k)));
            }
            try {
                client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.False).properties(props)));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // another hub node created it first
                if (!"resource_already_exists_exception".equals(e.error().type())) throw e;
                awaitShard();
            }
            indexReady = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index " + index, e);
        }
    }

    /**
     * An index another node has just created may not have its shard started yet, and a search of it then fails
     * ("all shards failed"): wait until it has (the index's health is at least yellow).
     */
    private void awaitShard() throws IOException {
        boolean timedOut = client.cluster().health(h -> h.index(index)
                .waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
                .timeout(t -> t.time("30s"))).timedOut();
        if (timedOut) throw new IllegalStateException("the index " + index + " has no started shard");
    }

    @Override
    public void index(List<IndexDocument> documents) {
        if (documents.isEmpty()) return;
        ensureIndex();
        // no refresh per write: RecentRecords covers the records until the writer's next refresh()
        BulkRequest.Builder bulk = new BulkRequest.Builder();
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

    public void refresh() {
        ensureIndex();
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    @Override
    public void delete(List<Long> recordIds) {
        if (recordIds.isEmpty()) return;
        recent.remove(recordIds);
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        recordIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(String.valueOf(id)))));
        try {
            client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    /**
     * Two queries per record in one _msearch: the records sharing most of its blocking keys (one should-query of
     * terms on the keyword field {@code blocks}; BM25 makes rare keys count more), and the records whose family
     * and given name are both within Elasticsearch's AUTO edit distance, in either order. With
     * {@code fuzzyOnlyWhereKeysFindNothing} the fuzzy queries, the expensive ones, go in a second _msearch for the
     * records whose keys found nothing.
     */
    @Override
    public List<Found> find(List<MatchKeys> records, int perQuery, boolean fuzzyOnlyWhereKeysFindNothing) {
        ensureIndex();
        long searchedAt = System.nanoTime();
        Items items = new Items(perQuery);
        List<int[]> slots = new ArrayList<>(); // per record: the item positions of its keys and fuzzy query, -1 for none
        for (MatchKeys k : records) {
            int keys = items.byKeys(k);
            int fuzzy = fuzzyOnlyWhereKeysFindNothing ? -1 : items.byFuzzyNames(k);
            slots.add(new int[] {keys, fuzzy});
        }
        List<List<Long>> hits = search(items);
        List<Found> found = new ArrayList<>();
        for (int[] slot : slots) {
            found.add(new Found(slot[0] < 0 ? List.of() : hits.get(slot[0]),
                    fuzzyOnlyWhereKeysFindNothing ? null : slot[1] < 0 ? List.of() : hits.get(slot[1]), searchedAt));
        }
        if (!fuzzyOnlyWhereKeysFindNothing) return found;
        Items second = new Items(perQuery);
        List<Integer> secondOf = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            secondOf.add(found.get(i).byKeys().isEmpty() ? second.byFuzzyNames(records.get(i)) : -1);
        }
        if (second.isEmpty()) return found;
        List<List<Long>> fuzzyHits = search(second);
        for (int i = 0; i < records.size(); i++) {
            int slot = secondOf.get(i);
            if (found.get(i).byKeys().isEmpty()) found.set(i, new Found(List.of(), slot < 0 ? List.of() : fuzzyHits.get(slot), searchedAt));
        }
        return found;
    }

    /**
     * The searches of one _msearch; a fuzzy name search remembers its record, whose names its hits must be within
     * the edit budget of (the variants find a few more).
     */
    private final class Items {
        private final int perQuery;
        private final List<RequestItem> requests = new ArrayList<>();
        private final List<MatchKeys> fuzzyOf = new ArrayList<>();

        Items(int perQuery) {
            this.perQuery = perQuery;
        }

        int byKeys(MatchKeys k) {
            List<String> blocks = BlockingKeys.of(k);
            if (blocks.isEmpty()) return -1;
            Query query = or(blocks.stream().map(b -> term(BLOCKS, b)).toList());
            return add(RequestItem.of(r -> r.header(h -> h.index(index))
                    .body(b -> b.query(query).size(perQuery).source(s -> s.fetch(false)))), null);
        }

        int byFuzzyNames(MatchKeys k) {
            String family = k.familyFolded();
            String given = k.givenFolded();
            if (family == null || given == null) return -1;
            // both names within the budget of the query's names, in the same or in swapped order
            Query query = or(List.of(
                    filter(variants(FAMILY_VARIANTS, family), variants(GIVEN_VARIANTS, given)),
                    filter(variants(FAMILY_VARIANTS, given), variants(GIVEN_VARIANTS, family))));
            return add(RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b.query(query)
                    .size(perQuery * FUZZY_OVERFETCH).trackTotalHits(t -> t.enabled(false)).source(s -> s.fetch(false))
                    .docvalueFields(NAME_FIELDS))), k);
        }

        private int add(RequestItem item, MatchKeys fuzzy) {
            requests.add(item);
            fuzzyOf.add(fuzzy);
            return requests.size() - 1;
        }

        boolean isEmpty() {
            return requests.isEmpty();
        }
    }

    private List<List<Long>> search(Items items) {
        if (items.isEmpty()) return List.of();
        try {
            MsearchResponse<Void> response = client.msearch(m -> m.searches(items.requests), Void.class);
            List<List<Long>> out = new ArrayList<>();
            List<MultiSearchResponseItem<Void>> responses = response.responses();
            for (int i = 0; i < responses.size(); i++) {
                MultiSearchResponseItem<Void> item = responses.get(i);
                if (!item.isResult()) throw new IllegalStateException("candidate search failed: " + item.failure().error().reason());
                MatchKeys fuzzy = items.fuzzyOf.get(i);
                out.add(item.result().hits().hits().stream()
                        .filter(h -> fuzzy == null || BlockingKeys.fuzzyNamesMatch(fuzzy, keyword(h, "family"), keyword(h, "given")))
                        .limit(items.perQuery).map(h -> Long.parseLong(h.id())).toList());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("index unavailable", e);
        }
    }

    private static String keyword(co.elastic.clients.elasticsearch.core.search.Hit<Void> hit, String field) {
        co.elastic.clients.json.JsonData values = hit.fields().get(field);
        if (values == null) return null;
        List<?> list = values.to(List.class);
        return list.isEmpty() ? null : String.valueOf(list.get(0));
    }

    private static Query variants(String field, String name) {
        List<co.elastic.clients.elasticsearch._types.FieldValue> values = EditDistance.deletions(name, EditDistance.autoFuzziness(name))
                .stream().sorted().map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    @Override
    public List<Long> byPhone(String e164, int max) {
        return recordIds(term("phone", e164), k -> e164.equals(k.phone()), max);
    }

    @Override
    public List<Long> byEmailKey(String emailKey, int max) {
        return recordIds(term("email", emailKey), k -> emailKey.equals(k.emailKey()), max);
    }

    @Override
    public List<Long> byName(String familyFolded, String givenFolded, int max) {
        if (givenFolded == null) return recordIds(term("family", familyFolded), k -> familyFolded.equals(k.familyFolded()), max);
        // "anna" finds "anna" and "anna lena", not "annabel"
        return recordIds(and(term("family", familyFolded),
                or(List.of(term("given", givenFolded), Query.of(q -> q.prefix(p -> p.field("given").value(givenFolded + " ")))))),
                k -> familyFolded.equals(k.familyFolded()) && k.givenFolded() != null
                        && (k.givenFolded().equals(givenFolded) || k.givenFolded().startsWith(givenFolded + " ")), max);
    }

    /** The index's answer and, for read-your-writes on this node, the records written since its last refresh. */
    private List<Long> recordIds(Query query, java.util.function.Predicate<MatchKeys> sameInMemory, int max) {
        ensureIndex();
        // every buffered record, also those refreshed meanwhile: the union is deduplicated
        try {
            Set<Long> ids = new java.util.TreeSet<>(client.search(s -> s.index(index).query(query).size(max).source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("record_id"))), Void.class)
                    .hits().hits().stream().map(h -> Long.parseLong(h.id())).toList());
            ids.addAll(recent.matching(e -> sameInMemory.test(e.keys()), max, 0));
            return ids.stream().limit(max).toList();
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
        doc.put(BLOCKS, BlockingKeys.of(k));
        // as many deletions as the largest budget a query name can have: a variant in common for every name within it
        if (k.familyFolded() != null) doc.put(FAMILY_VARIANTS, sorted(EditDistance.deletions(k.familyFolded(), EditDistance.MAX_AUTO_FUZZINESS)));
        if (k.givenFolded() != null) doc.put(GIVEN_VARIANTS, sorted(EditDistance.deletions(k.givenFolded(), EditDistance.MAX_AUTO_FUZZINESS)));
        doc.values().removeIf(java.util.Objects::isNull);
        return doc;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** All of these must match (no scoring: the fuzzy hits are checked and kept in index order). */
    private static Query filter(Query... all) {
        return Query.of(q -> q.bool(b -> b.filter(List.of(all))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query and(Query... all) {
        return Query.of(q -> q.bool(b -> b.must(List.of(all))));
    }

    private static Query or(List<Query> any) {
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }
}
