package org.statementatlas.graphql.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A write names an object that does not exist: extensions.code NOT_FOUND, extensions.field names the
 * argument. Reads answer null instead; a write cannot pretend it changed something that is not there.
 */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    private final String field;

    public NotFoundException(String message, String field) {
        super(message);
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
