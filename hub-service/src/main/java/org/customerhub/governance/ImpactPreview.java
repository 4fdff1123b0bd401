package org.customerhub.governance;

import java.util.List;

/**
 * What approving a new/lost version would change: how many masters it would flag, how many gain or lose the flag
 * compared with today's flags (set by the version in force), and examples of each.
 */
public record ImpactPreview(String key, int version, String flag, Integer inForceVersion, long mastersEvaluated,
                            long flaggedNow, long flaggedAfter, long gained, long lost, List<String> gainedExamples,
                            List<String> lostExamples) {
}
