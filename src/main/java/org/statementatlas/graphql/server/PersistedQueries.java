package org.statementatlas.graphql.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.apache.commons.codec.digest.DigestUtils;
import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Automatic persisted queries as Apollo clients send them: {@code extensions.persistedQuery} with
 * {@code version: 1} and the {@code sha256Hash} of the query text. A hash alone is looked up; a hash with
 * its query is checked and registered once the query has run. The store is bounded by the total length of
 * the texts it holds and is safe under concurrency (Caffeine, which also keeps frequently used queries when
 * a flood of new ones arrives). In allow-list mode only the operations of a manifest are accepted.
 */
@ApplicationScoped
class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** What a request runs: the query text, and the hash to register once it has run (or null). */
    record Resolved(String query, String register) {
    }

    private final boolean enabled;
    private final Cache<String, String> registered;
    private final Map<String, String> allowList;

    PersistedQueries(GraphQLConfig config) {
        GraphQLConfig.PersistedQueries settings = config.persistedQueries();
        this.enabled = settings.enabled();
        this.registered = Caffeine.newBuilder()
                .maximumWeight(settings.cacheSize().asLongValue())
                .<String, String>weigher((hash, query) -> hash.length() + query.length())
                .build();
        this.allowList = settings.allowList().map(PersistedQueries::readManifest).orElse(null);
    }

    /**
     * The query a request runs.
     *
     * @throws RequestRefused with 400 for a malformed persistedQuery extension or a hash that does not match the
     *         query; with a PERSISTED_QUERY_* GraphQL error for a hash the server does not know (or does not allow)
     */
    Resolved resolve(GraphQLRequest request) {
        JsonValue extension = request.extensions() == null ? null : request.extensions().get("persistedQuery");
        if (extension == null || extension == JsonValue.NULL) {
            if (allowList != null && request.query() != null && !allowList.containsKey(sha256(request.query()))) {
                throw RequestRefused.graphql(ApiError.of(ApiErrors.PERSISTED_QUERY_NOT_IN_ALLOW_LIST,
                        "Only the persisted queries of the allow-list are accepted."));
            }
            return new Resolved(request.query(), null);
        }
        if (!enabled) {
            throw RequestRefused.graphql(ApiError.of(ApiErrors.PERSISTED_QUERY_NOT_SUPPORTED,
                    "Persisted queries are not supported here; send the query text."));
        }
        String hash = hashOf(extension);
        if (request.query() != null) {
            if (!sha256(request.query()).equals(hash)) {
                throw RequestRefused.badRequest("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.");
            }
            if (allowList != null) {
                if (!allowList.containsKey(hash)) {
                    throw RequestRefused.graphql(ApiError.of(ApiErrors.PERSISTED_QUERY_NOT_IN_ALLOW_LIST,
                            "Only the persisted queries of the allow-list are accepted."));
                }
                return new Resolved(request.query(), null);
            }
            return new Resolved(request.query(), registered.getIfPresent(hash) == null ? hash : null);
        }
        String query = allowList != null ? allowList.get(hash) : registered.getIfPresent(hash);
        if (query == null) {
            throw RequestRefused.graphql(ApiError.of(ApiErrors.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
        }
        return new Resolved(query, null);
    }

    /** Remembers a query that ran, under its (already verified) hash. */
    void register(String hash, String query) {
        registered.put(hash, query);
    }

    private static String hashOf(JsonValue extension) {
        if (!(extension instanceof JsonObject persisted)) {
            throw RequestRefused.badRequest("extensions.persistedQuery must be an object.");
        }
        JsonValue version = persisted.get("version");
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.longValue() != 1) {
            throw RequestRefused.badRequest("extensions.persistedQuery.version must be 1.");
        }
        JsonValue hash = persisted.get("sha256Hash");
        if (!(hash instanceof JsonString string) || !SHA256_HEX.matcher(string.getString()).matches()) {
            throw RequestRefused.badRequest("extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.");
        }
        return string.getString().toLowerCase(Locale.ROOT);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of a text, as Apollo clients compute it. */
    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }

    /**
     * Reads an Apollo persisted-query manifest ({@code {"format": "apollo-persisted-query-manifest", "version": 1,
     * "operations": [{"id", "body", ...}]}}), where each id is the SHA-256 of its body.
     */
    static Map<String, String> readManifest(Path path) {
        try (Reader file = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                JsonReader reader = JsonProvider.provider().createReader(file)) {
            JsonObject manifest = reader.readObject();
            Map<String, String> operations = new HashMap<>();
            for (JsonValue value : manifest.getJsonArray("operations")) {
                JsonObject operation = value.asJsonObject();
                String body = operation.getString("body");
                String id = operation.getString("id").toLowerCase(Locale.ROOT);
                if (!sha256(body).equals(id)) {
                    throw new IllegalStateException("Persisted-query manifest " + path + ": operation "
                            + operation.getString("name", id) + " has an id that is not the SHA-256 of its body");
                }
                operations.put(id, body);
            }
            LOG.infof("Allow-list mode: %d persisted operations from %s", operations.size(), path);
            return Map.copyOf(operations);
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the persisted-query manifest " + path + ": " + e.getMessage(),
                    e);
        }
    }
}
