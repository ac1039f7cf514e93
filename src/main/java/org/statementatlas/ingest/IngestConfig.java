package org.statementatlas.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of article ingestion (the {@code atlas.ingest.*} properties). */
@ConfigMapping(prefix = "atlas.ingest")
public interface IngestConfig {

    /**
     * Whether the {@code ingestArticle} mutation accepts writes (from editors, like every mutation). False turns
     * ingestion off on a server altogether: the mutation then answers FORBIDDEN. Env: ATLAS_INGEST_ENABLED.
     */
    @WithDefault("true")
    boolean enabled();
}
