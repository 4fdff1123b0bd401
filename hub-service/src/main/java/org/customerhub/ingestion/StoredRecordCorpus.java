package org.customerhub.ingestion;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.matching.RecordCorpus;
import org.customerhub.standardize.MatchKeys;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The source records' comparison keys for matching's frequency table and training, read page by page. */
@Singleton
public class StoredRecordCorpus implements RecordCorpus {
    private static final int PAGE = 500;
    private final SourceRecordRepository records;

    public StoredRecordCorpus(SourceRecordRepository records) {
        this.records = records;
    }

    @Override
    public void forEach(Visitor visitor) {
        long after = 0;
        while (true) {
            List<SourceRecord> page = page(after);
            for (SourceRecord r : page) visitor.visit(r.getId(), keys(r));
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).getId();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, MatchKeys> keysOf(Collection<Long> recordIds) {
        Map<Long, MatchKeys> keys = new HashMap<>();
        if (recordIds.isEmpty()) return keys;
        for (SourceRecord r : records.findByIdIn(recordIds)) keys.put(r.getId(), keys(r));
        return keys;
    }

    /**
     * The records after the given id, one page, in its own short transaction: a full pass never holds the table in
     * one persistence context, even when it starts inside a caller's transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SourceRecord> page(long afterId) {
        return records.findByIdGreaterThan(afterId, Pageable.from(0, PAGE, Sort.of(Sort.Order.asc("id"))));
    }

    private static MatchKeys keys(SourceRecord r) {
        return MatchKeys.of(CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())));
    }
}
