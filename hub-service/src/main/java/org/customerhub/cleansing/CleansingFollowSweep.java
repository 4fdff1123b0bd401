package org.customerhub.cleansing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs the follower every few seconds when {@code hub.cleansing.follow.enabled} is true. */
@Singleton
@Requires(property = "hub.cleansing.follow.enabled", value = "true")
public class CleansingFollowSweep {
    private final CleansingFollower follower;
    private final int batch;

    public CleansingFollowSweep(CleansingFollower follower, @Value("${hub.cleansing.follow.batch:200}") int batch) {
        this.follower = follower;
        this.batch = batch;
    }

    @Scheduled(fixedDelay = "${hub.cleansing.follow.interval:10s}", initialDelay = "${hub.cleansing.follow.interval:10s}")
    void run() {
        while (follower.follow(batch) == batch) {
            // a full round means more are waiting: go on without pausing
        }
    }
}
