package org.customerhub.bench;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.RecordStore;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.ingestion.SourceRecordVersionRepository;
import org.customerhub.ingestion.StoredRecord;
import org.customerhub.source.ActiveMapping;

import java.util.Map;

/**
 * A record store that fails on one source key after writing it, as a database failure would: only in a hub
 * started with {@code hub.test.failing-source-key} set (a system property that one test sets for its own hubs).
 */
@Singleton
@Replaces(RecordStore.class)
@Requires(property = FailingRecordStore.KEY)
public class FailingRecordStore extends RecordStore {
    static final String KEY = "hub.test.failing-source-key";
    private final String failingKey;

    public FailingRecordStore(SourceRecordRepository records, SourceRecordVersionRepository versions,
                              @Value("${" + KEY + "}") String failingKey) {
        super(records, versions);
        this.failingKey = failingKey;
    }

    @Override
    @Transactional
    public StoredRecord store(ActiveMapping mapping, String sourceKey, Map<String, Object> raw, CanonicalRecord canonical) {
        StoredRecord stored = super.store(mapping, sourceKey, raw, canonical);
        if (failingKey.equals(sourceKey)) throw new IllegalStateException("test: the database fails on " + sourceKey);
        return stored;
    }
}
