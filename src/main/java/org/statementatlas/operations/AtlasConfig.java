package org.statementatlas.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings directly under {@code atlas.}: where the database lives and whether this instance takes writes. Each
 * group below it ({@code atlas.cors}, {@code atlas.dataset}, ...) has its own mapping next to the code that reads it;
 * this one is in the lowest layer because the server and the commands both read it.
 */
@ConfigMapping(prefix = "atlas")
public interface AtlasConfig {

    /** Directory of the prod H2 database file; the datasource URL is built from it. Env: ATLAS_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();

    /**
     * Refuse every mutation with extensions.code FORBIDDEN. True in the serverless profile, where each replica
     * holds its own in-memory copy of the dataset and a write would reach only one of them. Env: ATLAS_READ_ONLY.
     */
    @WithDefault("false")
    boolean readOnly();
}
