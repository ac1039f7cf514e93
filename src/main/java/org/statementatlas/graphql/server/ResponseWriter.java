package org.statementatlas.graphql.server;

import java.nio.charset.StandardCharsets;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;

import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;

/**
 * Writes every answer of the endpoint: GraphQL results, refusals and failures, each with its status, media
 * type and caching headers. Nothing escapes to Vert.x, which would log it at ERROR.
 */
final class ResponseWriter {

    private static final Logger LOG = Logger.getLogger(ResponseWriter.class);

    private final HttpCaching caching;

    ResponseWriter(HttpCaching caching) {
        this.caching = caching;
    }

    /**
     * Writes a GraphQL result. With data (execution started) the status is 200; without data it follows the
     * media type ({@link MediaTypes#statusWithoutData}), except that an internal failure is a 500.
     */
    void result(RoutingContext ctx, String mediaType, boolean get, ExecutionResult result, byte[] body) {
        boolean internal = !result.isDataPresent() && result.getErrors().stream()
                .anyMatch(e -> e instanceof ApiError api && ApiErrors.INTERNAL.equals(api.code()));
        int status = internal ? 500 : result.isDataPresent() ? 200 : MediaTypes.statusWithoutData(mediaType);
        write(ctx, mediaType, status, body,
                caching.apply(ctx, get && status == 200 && result.getErrors().isEmpty(), () -> HttpCaching.etag(body)));
    }

    /** Writes an answer from the {@link ResponseCache}: a successful result without errors. */
    void cached(RoutingContext ctx, String mediaType, boolean get, ResponseCache.Answer answer) {
        write(ctx, mediaType, 200, answer.body(), caching.apply(ctx, get, answer::etag));
    }

    /** The JSON of a result, as the response body: streamed when it has no errors, else SmallRye's. */
    static byte[] serialize(ExecutionResult result) {
        byte[] streamed = ResultJson.write(result);
        return streamed != null
                ? streamed
                : new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(RoutingContext ctx, String mediaType, int status, byte[] body, boolean notModified) {
        if (notModified) {
            ctx.response().setStatusCode(304).end();
        } else {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType).setStatusCode(status).end(Buffer.buffer(body));
        }
    }

    /** Writes a refusal ({@link RequestRefused}) or, for any other throwable, an INTERNAL error with a 500. */
    void failure(RoutingContext ctx, String mediaType, Throwable failure) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            LOG.debugf(failure, "Failure after the response was sent");
            return;
        }
        String type = mediaType == null ? MediaTypes.JSON : mediaType;
        int status;
        ApiError error;
        if (failure instanceof RequestRefused refused) {
            status = refused.status(type);
            error = refused.error;
            if (refused.allow != null) {
                response.putHeader(HttpHeaders.ALLOW, refused.allow);
            }
            LOG.debugf("Refused a request with %d: %s", status, error.getMessage());
        } else {
            status = 500;
            error = ApiErrors.internal(failure, null);
        }
        byte[] body = serialize(ExecutionResult.newExecutionResult().addError(error).build());
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .setStatusCode(status)
                .end(Buffer.buffer(body));
    }
}
