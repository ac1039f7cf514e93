package org.statementatlas.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the bundled dataset is loaded (the {@code atlas.dataset.*} properties). */
@ConfigMapping(prefix = "atlas.dataset")
public interface DatasetConfig {

    /** Load the bundled dataset on start when the database is empty. Env: ATLAS_DATASET_LOAD_ON_START. */
    @WithDefault("true")
    boolean loadOnStart();

    /**
     * Load the build-time snapshot of the dataset ({@code dataset/snapshot.sql}, the rows the loader produced
     * during the build) instead of running the pipeline, when the build bundled one. True in the serverless
     * profile, where every start loads the dataset. Env: ATLAS_DATASET_SNAPSHOT.
     */
    @WithDefault("false")
    boolean snapshot();
}
