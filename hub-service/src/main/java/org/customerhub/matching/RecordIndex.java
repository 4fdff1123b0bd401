package org.customerhub.matching;

import java.util.List;

/** The search index of source records. It is rebuilt from the database at any time; the database is the truth. */
public interface RecordIndex {
    /** Indexes or replaces the documents; they are searchable after the next {@link #refresh()}. */
    void index(List<IndexDocument> documents);

    /** Makes every write that completed before this call searchable. */
    void refresh();

    void delete(List<Long> recordIds);

    /** Drops the index and creates it empty with the current mapping (the reindex command then fills it). */
    void recreate();
}
