package org.statementatlas.changelog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code atlas.replicas.*} settings: how a replica in PostgreSQL mode follows the writes of the others
 * ({@link Replicas}; docs/deploy.md, "Many replicas").
 */
@ConfigMapping(prefix = "atlas.replicas")
public interface ReplicaConfig {

    /** How long the listener waits for a notification before it checks that its connection is still alive. */
    @WithDefault("10S")
    Duration checkInterval();

    /** Longest pause between two attempts to reconnect the listener (the pause doubles from 250 ms up to this). */
    @WithDefault("30S")
    Duration reconnectMaxDelay();
}
