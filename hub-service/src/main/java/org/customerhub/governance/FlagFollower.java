package org.customerhub.governance;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.interaction.InteractionRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** A master whose interactions changed is flagged again as soon as the change is committed. */
@Singleton
public class FlagFollower {
    private static final Logger LOG = LoggerFactory.getLogger(FlagFollower.class);
    private final MasterFlagging flagging;

    public FlagFollower(MasterFlagging flagging) {
        this.flagging = flagging;
    }

    @TransactionalEventListener
    void onInteraction(InteractionRecorded event) {
        try {
            flagging.reevaluate(List.of(event.masterId()));
        } catch (RuntimeException e) {
            LOG.warn("flags of master {} not re-evaluated now, the flagging job will: {}", event.masterId(), Failures.describe(e));
        }
    }
}
