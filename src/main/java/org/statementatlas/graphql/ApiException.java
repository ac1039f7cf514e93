package org.statementatlas.graphql;

import java.util.Map;

/**
 * A failure the client can act on. Its message is shown to the client (see
 * quarkus.smallrye-graphql.show-runtime-exception-message); each subclass carries its extensions.code
 * through {@link io.smallrye.graphql.api.ErrorCode} and may add more extension entries through
 * {@link #extensions()}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /**
     * Extension entries besides {@code code}, e.g. {@code field} or {@code currentVersion}. Each key must be
     * listed in quarkus.smallrye-graphql.error-extension-fields to reach the client.
     */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
