package org.statementatlas.cli;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The {@code atlas.import.*} settings of {@code import --url}. */
@ConfigMapping(prefix = "atlas.import")
interface ImportConfig {

    /**
     * The Authorization header sent to the running service, e.g. {@code Bearer <editor token>}. Env:
     * ATLAS_IMPORT_AUTHORIZATION.
     */
    Optional<String> authorization();
}
