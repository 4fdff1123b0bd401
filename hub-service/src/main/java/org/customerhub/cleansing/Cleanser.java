package org.customerhub.cleansing;

/**
 * The port through which the hub has values checked and standardised: the built-in rules or an external vendor.
 * A cleanser only proposes; what it says becomes a proposal that the routing table and stewards decide on.
 */
public interface Cleanser {
    /** The name in configuration and in lineage ({@code cleansing:<name>}). */
    String name();

    /**
     * Checks one kind of a record's values. Must answer for every field of the request.
     *
     * @throws CleanserUnavailable when the cleanser cannot answer now (vendor down, circuit open, rate limit); the
     *                             caller tries again later
     * @throws CleanserAnswerUnreadable when the cleanser answered something unusable for this request
     */
    CleansingAnswer cleanse(CleansingRequest request);
}
