package org.statementatlas.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /** Fetching a page when {@code ingestArticle} is given only a URL. */
    Fetch fetch();

    /** The bounds of one fetch and the networks it may reach (the {@code atlas.ingest.fetch.*} properties). */
    interface Fetch {

        /** Largest answer read, in bytes (after decompression); capped at the 2 MiB the html input takes. */
        @WithDefault("2097152")
        int maxBytes();

        /** Time to open one connection. */
        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * Time for the whole fetch, redirects and body included. It counts against the request's time budget
         * ({@code atlas.graphql.limits.time-budget}), so keep it well below that.
         */
        @WithDefault("3s")
        Duration timeout();

        /** Redirects followed; one more fails the fetch. */
        @WithDefault("5")
        int maxRedirects();

        /**
         * CIDR blocks a fetch may reach although they are loopback, private, link-local or otherwise not public
         * (e.g. {@code 10.20.0.0/16} for an intranet news archive). Empty by default: only public addresses.
         */
        Optional<List<String>> allowedNetworks();

        /** The User-Agent header sent. */
        @WithDefault("StatementAtlas/1.0 (article ingestion)")
        String userAgent();
    }
}
