package org.statementatlas.graphql.server;

import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;
import org.statementatlas.graphql.error.LimitExceededException;

/**
 * A request refused before execution, with the one error the client gets in the usual {@code errors} list.
 * A malformed HTTP request has a fixed status (400, 405, 406, 413, 415, 403); a well-formed request whose
 * GraphQL is refused (a syntax error, a limit, an unknown persisted query) has none of its own, and gets the
 * status the negotiated media type gives it ({@link MediaTypes#statusWithoutData}).
 */
final class RequestRefused extends RuntimeException {

    /** The HTTP status, or 0 for "as the media type has it". */
    final int status;
    final ApiError error;
    /** Value of the Allow header, for 405; null otherwise. */
    final String allow;

    private RequestRefused(int status, ApiError error, String allow) {
        super(error.getMessage(), null, false, false);
        this.status = status;
        this.error = error;
        this.allow = allow;
    }

    /** A malformed HTTP request: this status whatever the client accepts. */
    static RequestRefused http(int status, String code, String message) {
        return new RequestRefused(status, ApiError.of(code, message), null);
    }

    /** 400 with code BAD_REQUEST. */
    static RequestRefused badRequest(String message) {
        return http(400, ApiErrors.BAD_REQUEST, message);
    }

    /** 405 with code BAD_REQUEST and the methods that would be accepted. */
    static RequestRefused methodNotAllowed(String message, String allow) {
        return new RequestRefused(405, ApiError.of(ApiErrors.BAD_REQUEST, message), allow);
    }

    /** 413: the body is over the size limit. */
    static RequestRefused tooLarge(long max, long measured) {
        return new RequestRefused(413, new LimitExceededException("The request body is larger than " + max
                + " bytes.", LimitExceededException.BODY_SIZE, max, measured).toError(), null);
    }

    /** A GraphQL error found before execution; its status follows the media type. */
    static RequestRefused graphql(ApiError error) {
        return new RequestRefused(0, error, null);
    }

    /** The status for a response in the given media type. */
    int status(String mediaType) {
        return status != 0 ? status : MediaTypes.statusWithoutData(mediaType);
    }
}
