package org.statementatlas.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/** The operation needs a valid bearer token and the request has none: extensions.code UNAUTHENTICATED. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
