package org.statementatlas.dataset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of Statement Atlas itself (the {@code atlas.*} properties). */
@ConfigMapping(prefix = "atlas")
public interface AtlasConfig {

    /** Directory of the prod H2 database file; the datasource URL is built from it. Env: ATLAS_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();

    /** The bundled default dataset. */
    Dataset dataset();

    /** How the bundled dataset is loaded. */
    interface Dataset {

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
}
