package org.statementatlas.ingest;

import java.util.Map;

import org.statementatlas.graphql.error.BadUserInputException;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A URL the service will not fetch: BAD_USER_INPUT on {@code input.url}, with a machine-readable {@code reason}
 * ({@code INVALID_URL}, {@code SCHEME}, {@code CREDENTIALS} or {@code ADDRESS}).
 */
@ErrorCode("BAD_USER_INPUT")
public class RefusedUrlException extends BadUserInputException {

    public static final String INVALID_URL = "INVALID_URL";
    public static final String SCHEME = "SCHEME";
    public static final String CREDENTIALS = "CREDENTIALS";
    public static final String ADDRESS = "ADDRESS";

    private final String reason;

    public RefusedUrlException(String message, String reason) {
        super(message, "input.url");
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", "input.url", "reason", reason);
    }
}
