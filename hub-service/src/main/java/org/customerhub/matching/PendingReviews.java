package org.customerhub.matching;

/**
 * Whether a person is already asked if two masters are one (an open merge review between them). A record that
 * links strongly to both then adds no new question: it is linked to the better one, and the open review still
 * decides whether the two become one. Without this, every later record of a person whose second record went to
 * review would open another review.
 */
public interface PendingReviews {
    boolean between(long masterA, long masterB);
}
