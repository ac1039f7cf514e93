package org.statementatlas.graphql.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code atlas.graphql.*} settings: GraphQL over HTTP, cost limits and persisted queries. The defaults and the
 * measurements behind them are in docs/api.md ("Limits, caching and persisted queries") and docs/configuration.md.
 */
@ConfigMapping(prefix = "atlas.graphql")
public interface GraphQLConfig {

    /** The HTTP endpoint. */
    Http http();

    /** What one request may cost. */
    Limits limits();

    /** Automatic persisted queries. */
    PersistedQueries persistedQueries();

    /** The HTTP endpoint at quarkus.smallrye-graphql.root-path. */
    interface Http {

        /** Accept queries (never mutations) by GET, so that HTTP caches and CDNs can serve them. */
        @WithDefault("true")
        boolean getEnabled();

        /** Largest request body; a larger one gets 413. */
        @WithDefault("2M")
        MemorySize maxBodySize();

        /** Cache-Control max-age, in seconds, of a successful GET query without credentials. */
        @WithDefault("60")
        int cacheMaxAge();
    }

    /** Cost limits; going over one gives LIMIT_EXCEEDED. */
    interface Limits {

        /** Most characters in a query document, checked before it is parsed. */
        @WithDefault("32768")
        int maxQueryLength();

        /** Most parser tokens (names, punctuation, values) in a query document. */
        @WithDefault("2000")
        int maxTokens();

        /** Deepest field nesting; a root field is depth 1. Introspection fields are bounded separately. */
        @WithDefault("12")
        int maxDepth();

        /** Largest complexity: the objects a response can hold, lists weighted by their first argument. */
        @WithDefault("25000")
        long maxComplexity();

        /** Most aliased fields in one operation. */
        @WithDefault("30")
        int maxAliases();

        /** Weight of an object list that takes no first argument, in the complexity count. */
        @WithDefault("10")
        int listWeight();

        /** Time one request may run; fields not started by then fail with LIMIT_EXCEEDED. */
        @WithDefault("5s")
        Duration timeBudget();
    }

    /** Automatic persisted queries, in the form Apollo clients send (extensions.persistedQuery). */
    interface PersistedQueries {

        /** Accept persisted-query hashes and register new queries sent with their hash. */
        @WithDefault("true")
        boolean enabled();

        /** Total size of the registered query texts, in characters; the least used go first when full. */
        @WithDefault("4M")
        MemorySize cacheSize();

        /**
         * An Apollo persisted-query manifest; when set, only its operations are accepted (by hash or by
         * identical text) and nothing new is registered.
         */
        Optional<Path> allowList();
    }
}
