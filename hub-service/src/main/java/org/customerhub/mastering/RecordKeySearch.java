package org.customerhub.mastering;

import java.util.List;

/**
 * Source records by the standardised keys the search index holds for each of them (implemented over Elasticsearch
 * in the search package). Answers record ids; the database says which master each belongs to now.
 */
public interface RecordKeySearch {
    /** Records with this E.164 phone. */
    List<Long> byPhone(String e164, int max);

    /** Records with this e-mail match key (see EmailStandardizer#matchKey). */
    List<Long> byEmailKey(String emailKey, int max);

    /**
     * Records with this folded family name and, when given, this folded given name or one that starts with it as a
     * word ("anna" finds "anna lena").
     */
    List<Long> byName(String familyFolded, String givenFolded, int max);
}
