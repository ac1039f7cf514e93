package org.statementatlas.graphql.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;

/**
 * A failure the client can act on. Its message is shown to the client; each subclass carries its
 * extensions.code through {@link io.smallrye.graphql.api.ErrorCode} and may add extension entries of its own
 * by overriding {@link #extensions()}. {@link ApiErrors} turns it into the GraphQL error.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /**
     * The extensions.code: the {@code @ErrorCode} of the class (BAD_USER_INPUT without one). SmallRye indexes
     * those annotations at build time (which also works in a native image); reading the annotation is the
     * fallback for classes it did not index.
     */
    public String code() {
        ErrorInfo indexed = ErrorInfoMap.getErrorInfo(getClass().getName());
        if (indexed != null && indexed.getErrorCode() != null) {
            return indexed.getErrorCode();
        }
        ErrorCode annotated = getClass().getAnnotation(ErrorCode.class);
        return annotated != null ? annotated.value() : "BAD_USER_INPUT";
    }

    /**
     * Extension entries besides {@code code}, e.g. {@code field} or {@code currentVersion}. Values must be
     * JSON-friendly: strings, numbers, booleans, lists and maps of those. The keys {@code code} and
     * {@code correlationId} are reserved and ignored here.
     */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
