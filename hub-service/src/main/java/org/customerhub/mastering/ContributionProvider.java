package org.customerhub.mastering;

import org.customerhub.ingestion.SourceRecord;

import java.util.List;

/**
 * A supplier of golden-record contributions beyond the source records themselves, such as accepted proposals of
 * a data-cleansing vendor, which count as their own contributing source with their own trust. Mastering asks every
 * provider whenever it recomputes a master's golden record; a provider only reads, it never writes a master.
 */
public interface ContributionProvider {
    /** Extra contributions for a master whose source records are {@code members}; empty when there are none. */
    List<Contribution> contributionsFor(List<SourceRecord> members);
}
