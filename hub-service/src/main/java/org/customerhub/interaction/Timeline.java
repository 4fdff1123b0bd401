package org.customerhub.interaction;

import java.util.List;
import java.util.Map;

/**
 * A master's interactions across silos: the most recent first ({@code top}, the "top ten" view), all of them
 * (up to a bound), and counts per silo and per kind.
 */
public record Timeline(String customerNumber, int total, List<InteractionView> top, List<InteractionView> interactions,
                       Map<String, Long> bySilo, Map<String, Long> byKind) {
}
