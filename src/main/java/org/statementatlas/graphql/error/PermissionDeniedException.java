package org.statementatlas.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is known but lacks the role the operation needs: extensions.code FORBIDDEN. */
@ErrorCode("FORBIDDEN")
public class PermissionDeniedException extends ApiException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
