package org.statementatlas.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is known but lacks the role the operation needs: extensions.code FORBIDDEN. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message);
    }
}
