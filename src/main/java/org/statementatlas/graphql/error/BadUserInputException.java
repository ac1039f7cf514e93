package org.statementatlas.graphql.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the client sent is invalid: extensions.code BAD_USER_INPUT, with the argument in extensions.field. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    private final String field;

    public BadUserInputException(String message, String field) {
        super(message);
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
