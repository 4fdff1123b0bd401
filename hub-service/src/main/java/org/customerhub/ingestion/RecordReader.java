package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.source.ActiveMapping;
import org.customerhub.source.SourceRegistry;
import org.customerhub.source.mapping.MappingEngine;
import org.customerhub.source.mapping.MappingResult;
import org.customerhub.standardize.Standardizer;

import java.util.List;
import java.util.Map;

/**
 * How a source's record becomes a canonical one: its active mapping, then standardisation. Ingestion and search
 * before create read records the same way, so a record is matched exactly as it would be stored.
 */
@Singleton
public class RecordReader {
    private final SourceRegistry sources;
    private final MappingEngine mappingEngine = new MappingEngine();
    private final Standardizer standardizer = new Standardizer();

    public RecordReader(SourceRegistry sources) {
        this.sources = sources;
    }

    /** A record read with its source's mapping; warnings name the source columns whose values were left out. */
    public record Read(ActiveMapping mapping, CanonicalRecord canonical, List<Violation> warnings) {
    }

    /** @throws org.customerhub.source.mapping.RecordRejected naming the source columns that do not fit */
    public Read read(String sourceCode, Map<String, Object> raw) {
        ActiveMapping mapping = sources.activeMapping(sourceCode);
        MappingResult mapped = mappingEngine.apply(mapping.mapping(), raw);
        return new Read(mapping, standardizer.standardize(mapped.canonical()),
                mapped.warnings().stream().map(p -> new Violation(p.field(), p.message())).toList());
    }

    public CanonicalRecord standardize(CanonicalRecord canonical) {
        return standardizer.standardize(canonical);
    }
}
