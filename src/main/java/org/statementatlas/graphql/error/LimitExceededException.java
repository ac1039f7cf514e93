package org.statementatlas.graphql.error;

import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request went over one of the cost limits: extensions.code LIMIT_EXCEEDED, with {@code measure} (which
 * limit), {@code limit} (the configured maximum) and {@code measured} (what the request came to).
 */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {

    /** Extension key naming the limit. */
    public static final String MEASURE = "measure";
    public static final String DEPTH = "depth";
    public static final String COMPLEXITY = "complexity";
    public static final String ALIASES = "aliases";
    public static final String TOKENS = "tokens";
    public static final String QUERY_LENGTH = "queryLength";
    public static final String BODY_SIZE = "bodySize";
    /** The per-request time budget, in milliseconds. */
    public static final String TIME = "timeMs";

    private final String measure;
    private final long limit;
    private final long measured;

    public LimitExceededException(String message, String measure, long limit, long measured) {
        super(message);
        this.measure = measure;
        this.limit = limit;
        this.measured = measured;
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(MEASURE, measure);
        extensions.put("limit", limit);
        extensions.put("measured", measured);
        return extensions;
    }

    /** The same failure as an error outside of any field. */
    public ApiError toError() {
        return ApiError.of(code(), getMessage(), null, null, extensions());
    }
}
