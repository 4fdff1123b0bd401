package org.customerhub.matching;

/**
 * A record pair's comparison levels packed into one long, four bits per attribute: the index of the level, or
 * {@link #MISSING} when either record lacks the attribute. Training holds hundreds of thousands of these.
 */
public final class ComparisonVector {
    public static final int MISSING = 15;
    public static final int MAX_ATTRIBUTES = 16;

    private ComparisonVector() {
    }

    /** Packs level indexes (negative for missing) of up to 16 attributes with up to 15 levels each. */
    public static long pack(int[] levels) {
        if (levels.length > MAX_ATTRIBUTES) throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " attributes");
        long vector = 0;
        for (int a = 0; a < levels.length; a++) {
            int level = levels[a] < 0 ? MISSING : levels[a];
            if (level > MISSING) throw new IllegalArgumentException("at most " + MISSING + " levels per attribute");
            vector |= (long) level << (4 * a);
        }
        return vector;
    }

    /** The level index of an attribute, or -1 when it is missing. */
    public static int level(long vector, int attribute) {
        int level = (int) (vector >>> (4 * attribute)) & 0xF;
        return level == MISSING ? -1 : level;
    }
}
