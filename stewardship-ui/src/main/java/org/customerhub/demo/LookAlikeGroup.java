package org.customerhub.demo;

import java.util.List;

/**
 * Different persons whose records look alike on purpose; a matcher that merges them has made a false positive a
 * steward would have to undo.
 */
public record LookAlikeGroup(Kind kind, List<Integer> personIds) {
    public LookAlikeGroup {
        personIds = List.copyOf(personIds);
    }

    public enum Kind {
        /** Same family name, address, phone and date of birth; different given names. */
        TWINS,
        /** Same family name and address; different given names and dates of birth. */
        SPOUSES,
        /** Same full name and address; the son sometimes carries "Jr.", and was born 25 to 40 years later. */
        FATHER_AND_SON,
        /** Strangers sharing a very common full name ("John Smith"); nothing else in common. */
        NAMESAKES
    }
}
