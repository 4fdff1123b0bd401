package org.customerhub.ui;

import jakarta.inject.Singleton;
import org.customerhub.governance.MasterFlagging;
import org.customerhub.interaction.InteractionService;
import org.customerhub.interaction.Timeline;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Principal;

import java.util.List;

/** What the master page shows of a customer's activity across silos: the interactions and the new/lost flags. */
@Singleton
public class MasterActivity {
    private final InteractionService interactions;
    private final MasterFlagging flagging;
    private final MasteringService mastering;

    public MasterActivity(InteractionService interactions, MasterFlagging flagging, MasteringService mastering) {
        this.interactions = interactions;
        this.flagging = flagging;
        this.mastering = mastering;
    }

    public record Panel(Timeline timeline, List<MasterFlagging.FlaggedMaster> flags) {
    }

    public Panel of(Principal reader, String customerNumber) {
        Timeline timeline = interactions.timeline(reader, customerNumber);
        return new Panel(timeline, flagging.flagsOf(mastering.resolve(customerNumber).getId(), timeline.customerNumber()));
    }
}
