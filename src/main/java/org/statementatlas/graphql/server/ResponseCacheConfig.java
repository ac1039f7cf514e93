package org.statementatlas.graphql.server;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code atlas.response-cache.*} settings: answers of anonymous queries kept in memory (docs/performance.md). */
@ConfigMapping(prefix = "atlas.response-cache")
public interface ResponseCacheConfig {

    /** Answer identical anonymous queries from memory until the next committed write. */
    @WithDefault("true")
    boolean enabled();

    /** Total size of the answers kept, in bytes of JSON; the least used go first when full. */
    @WithDefault("32M")
    MemorySize maxSize();

    /** Largest answer kept; larger ones are computed every time. */
    @WithDefault("1M")
    MemorySize maxEntrySize();
}
