package org.statementatlas.graphql.server;

import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;

/**
 * A request that is not a well-formed GraphQL-over-HTTP request: it gets this HTTP status whatever media
 * type the client accepts, with the error in the usual {@code errors} list.
 */
final class HttpProblem extends RuntimeException {

    final int status;
    final ApiError error;
    /** Value of the Allow header, for 405. */
    final String allow;

    HttpProblem(int status, ApiError error, String allow) {
        super(error.getMessage(), null, false, false);
        this.status = status;
        this.error = error;
        this.allow = allow;
    }

    /** 400 with code BAD_REQUEST. */
    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, ApiError.of(ApiErrors.BAD_REQUEST, message), null);
    }
}
