package org.customerhub.interaction;

/** Published after an interaction is stored or changed, so that what depends on a master's activity (flags) follows. */
public record InteractionRecorded(long masterId) {
}
