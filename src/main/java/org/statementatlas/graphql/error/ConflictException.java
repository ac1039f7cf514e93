package org.statementatlas.graphql.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A write lost a race or rests on stale data (an old expectedVersion, or a delete that would orphan
 * other data): extensions.code CONFLICT, with extensions.currentVersion when a version is at stake so the
 * client can re-read and retry.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    private final Integer currentVersion;

    public ConflictException(String message, Integer currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    @Override
    public Map<String, Object> extensions() {
        return currentVersion == null ? Map.of() : Map.of("currentVersion", currentVersion);
    }
}
