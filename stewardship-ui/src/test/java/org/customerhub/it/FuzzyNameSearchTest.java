package org.customerhub.it;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.matching.EditDistance;
import org.customerhub.matching.IndexDocument;
import org.customerhub.search.RecordSearchIndex;
import org.customerhub.standardize.MatchKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's fuzzy name search on the suite's Elasticsearch node: both names within Elasticsearch's AUTO edit
 * budget, in either order, are found; names that only share a deletion variant but are further apart are not.
 */
@ExtendWith(TestHub.class)
class FuzzyNameSearchTest {
    @Test
    void namesWithinTheEditBudgetAreFoundInEitherOrderAndNoFurther() {
        RecordSearchIndex index = TestHub.get().context().getBean(RecordSearchIndex.class);
        String family = Fixtures.uniqueName().toLowerCase();     // nine letters: a budget of two edits
        String given = "theodora";
        String swappedNeighbours = family.substring(0, 3) + family.charAt(4) + family.charAt(3) + family.substring(5);
        // two letters gone at the front, two others put in further on: a variant in common, four edits apart
        String fourEditsApart = family.substring(2, 4) + "x" + family.substring(4, 6) + "y" + family.substring(6);
        assertThat(EditDistance.within(family, fourEditsApart, 2)).as("the far name is beyond the budget").isFalse();
        assertThat(Collections.disjoint(EditDistance.deletions(family, 2), EditDistance.deletions(fourEditsApart, 2)))
                .as("but shares a deletion variant").isFalse();

        long base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        List<IndexDocument> documents = List.of(
                document(base, swappedNeighbours, "theodara"),          // two slips
                document(base + 1, "theadora", family + "s"),          // names in swapped order, with slips
                document(base + 2, fourEditsApart, given),             // too far
                document(base + 3, Fixtures.uniqueName(), given));     // another family
        index.index(documents);
        index.refresh();
        try {
            List<Long> found = index.find(List.of(keys(family, given)), 20, false).get(0).byFuzzyNames();
            assertThat(found).containsExactlyInAnyOrder(base, base + 1);
        } finally {
            index.delete(documents.stream().map(IndexDocument::recordId).toList());
        }
    }

    private static IndexDocument document(long id, String family, String given) {
        return new IndexDocument(id, id, "C-FUZZY", "test", keys(family, given));
    }

    private static MatchKeys keys(String family, String given) {
        Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
        values.put(CanonicalAttribute.FAMILY_NAME, family);
        values.put(CanonicalAttribute.GIVEN_NAME, given);
        return MatchKeys.of(CanonicalRecord.of(values));
    }
}
