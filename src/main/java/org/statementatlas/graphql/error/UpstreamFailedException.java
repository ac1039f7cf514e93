package org.statementatlas.graphql.error;

import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A server the service called on the client's behalf failed: extensions.code UPSTREAM_FAILED, with a
 * machine-readable {@code reason} and, for an HTTP answer, its {@code status}.
 */
@ErrorCode("UPSTREAM_FAILED")
public class UpstreamFailedException extends ApiException {

    private final String reason;
    private final Integer status;

    public UpstreamFailedException(String message, String reason) {
        this(message, reason, null);
    }

    public UpstreamFailedException(String message, String reason, Integer status) {
        super(message);
        this.reason = reason;
        this.status = status;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("reason", reason);
        if (status != null) {
            extensions.put("status", status);
        }
        return extensions;
    }
}
