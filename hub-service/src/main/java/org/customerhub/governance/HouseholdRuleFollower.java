package org.customerhub.governance;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.mastering.HouseholdReplacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-places every active master's household when the household rule in force changes: an approval, an effective
 * date that came, or the hub starting (the rule may have changed while it was down). Masters changed meanwhile are
 * placed by the new rule at once, since the rule in force is read on every placement; this pass moves the others.
 * A failed pass is repeated at the next interval (placing is idempotent).
 */
@Singleton
public class HouseholdRuleFollower {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdRuleFollower.class);
    private static final String CONFIGURED = "hub.households";
    private final GovernedRules rules;
    private final HouseholdReplacement replacement;
    private String applied;

    public HouseholdRuleFollower(GovernedRules rules, HouseholdReplacement replacement) {
        this.rules = rules;
        this.replacement = replacement;
    }

    @Scheduled(fixedDelay = "${hub.governance.households.interval:15s}", initialDelay = "${hub.governance.households.initial-delay:30s}")
    synchronized void run() {
        try {
            String inForce = rules.householdRule().map(ApprovedDefinition::reference).orElse(CONFIGURED);
            if (inForce.equals(applied)) return;
            int placed = replacement.replaceAll();
            LOG.info("household rule {} in force: {} masters placed again", inForce, placed);
            applied = inForce;
        } catch (RuntimeException e) {
            LOG.warn("re-placing households failed, retried at the next interval: {}", Failures.describe(e));
        }
    }
}
