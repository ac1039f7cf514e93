package org.statementatlas.graphql.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether this instance accepts writes (the {@code atlas.read-only} property). */
@ConfigMapping(prefix = "atlas")
public interface ReadOnlyConfig {

    /**
     * Refuse every mutation with extensions.code FORBIDDEN. True in the serverless profile, where each replica
     * holds its own in-memory copy of the dataset and a write would reach only one of them. Env: ATLAS_READ_ONLY.
     */
    @WithDefault("false")
    boolean readOnly();
}
