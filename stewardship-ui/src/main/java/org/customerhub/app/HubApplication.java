package org.customerhub.app;

import io.micronaut.runtime.Micronaut;

/** The runnable hub: API, steward UI, the Camunda engine and (embedded profile) its own Elasticsearch node. */
public final class HubApplication {
    private HubApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(HubApplication.class).banner(false).start();
    }
}
