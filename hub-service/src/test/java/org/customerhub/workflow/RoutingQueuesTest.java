package org.customerhub.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingQueuesTest {

    @Test
    void theAllowedValuesOfTheQueueOutputAreTheQueues() {
        assertThat(RoutingQueues.parse("\"standard\",\"vip\", \"conflicts\"")).containsExactly("standard", "vip", "conflicts");
        assertThat(RoutingQueues.parse("")).isEmpty();
    }
}
