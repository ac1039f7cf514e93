package org.statementatlas.graphql.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.statementatlas.operations.AtlasConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start whether this instance takes writes. Injecting {@link AtlasConfig} here also makes Quarkus
 * register that mapping, which {@link ReadOnlyGuard} (created by SmallRye, not by CDI) then reads.
 */
@ApplicationScoped
class ReadOnlyStatus {

    private static final Logger LOG = Logger.getLogger(ReadOnlyStatus.class);

    private final AtlasConfig config;

    ReadOnlyStatus(AtlasConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.readOnly()) {
            LOG.info("Read-only (atlas.read-only=true): mutations are refused with FORBIDDEN");
        }
    }
}
