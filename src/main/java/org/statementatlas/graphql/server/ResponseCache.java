package org.statementatlas.graphql.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.statementatlas.changelog.DataVersion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers of anonymous queries, kept in memory and never stale. An answer is stored with the {@link DataVersion}
 * it was computed at and served only while that is still the current version, so any committed write
 * invalidates every answer before the writer hears back. Bounded by the bytes it holds (Caffeine keeps the
 * frequently asked ones). Mutations, answers with errors and requests with credentials are never stored.
 */
@ApplicationScoped
class ResponseCache {

    /** What identifies an answer: the document after persisted-query resolution, the operation and variables. */
    record Key(String query, String operationName, String variables) {

        static Key of(GraphQLRequest request) {
            JsonObject variables = request.variables();
            return new Key(request.query(), request.operationName(),
                    variables == null || variables.isEmpty() ? null : variables.toString());
        }

        int weight() {
            return query.length() + (operationName == null ? 0 : operationName.length())
                    + (variables == null ? 0 : variables.length());
        }
    }

    /** A stored answer: the exact response bytes, their entity tag and the data version they hold. */
    record Answer(long version, byte[] body, String etag) {
    }

    private final boolean enabled;
    private final long maxEntrySize;
    private final DataVersion dataVersion;
    private final Cache<Key, Answer> answers;
    private volatile long cleared;

    ResponseCache(ResponseCacheConfig config, DataVersion dataVersion) {
        this.enabled = config.enabled();
        this.maxEntrySize = config.maxEntrySize().asLongValue();
        this.dataVersion = dataVersion;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .<Key, Answer>weigher((key, answer) -> key.weight() + answer.body().length)
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    /** The data version a request starts at; its answer may be stored under it. */
    long version() {
        long version = dataVersion.current();
        if (version != cleared) {
            // Answers of an older version can never be served again: free their memory at once.
            cleared = version;
            answers.invalidateAll();
        }
        return version;
    }

    /** The stored answer of this request at the {@link #version} it started at, or null. */
    Answer lookup(Key key, long version) {
        Answer answer = answers.getIfPresent(key);
        return answer != null && answer.version() == version ? answer : null;
    }

    /** Stores the answer of a request that started at {@code version}, unless the data has moved on since. */
    void store(Key key, long version, byte[] body) {
        if (body.length <= maxEntrySize && version == dataVersion.current()) {
            answers.put(key, new Answer(version, body, HttpCaching.etag(body)));
        }
    }
}
