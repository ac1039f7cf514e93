package org.statementatlas.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of article ingestion (the {@code atlas.ingest.*} properties). */
@ConfigMapping(prefix = "atlas.ingest")
public interface IngestConfig {

    /**
     * Whether the {@code ingestArticle} mutation accepts writes. Off by default, on in dev and test: until writes require
     * the editor role, a public production service must not be open for writes. Env: ATLAS_INGEST_ENABLED.
     */
    @WithDefault("false")
    boolean enabled();
}
