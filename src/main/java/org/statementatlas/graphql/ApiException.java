package org.statementatlas.graphql;

/**
 * A failure the client can act on. Its message is shown to the client (see
 * quarkus.smallrye-graphql.show-runtime-exception-message); each subclass carries its extensions.code
 * through {@link io.smallrye.graphql.api.ErrorCode}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
