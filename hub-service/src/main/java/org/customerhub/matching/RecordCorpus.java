package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

import java.util.Collection;
import java.util.Map;

/** The stored records as matching sees them: their comparison keys. Implemented by the record store. */
public interface RecordCorpus {

    /** Every stored record's keys, in id order; read in pages, so a large hub is never in memory at once. */
    void forEach(Visitor visitor);

    /** The keys of the given records (those that exist). */
    Map<Long, MatchKeys> keysOf(Collection<Long> recordIds);

    @FunctionalInterface
    interface Visitor {
        void visit(long recordId, MatchKeys keys);
    }
}
