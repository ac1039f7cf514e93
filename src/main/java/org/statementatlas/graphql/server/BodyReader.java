package org.statementatlas.graphql.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads a request body up to the size limit. A larger body gets 413 at once; the rest of it is read and
 * dropped (so that the client, still sending, sees the answer) up to twice the limit, beyond which the
 * connection is closed.
 */
final class BodyReader {

    private static final Logger LOG = Logger.getLogger(BodyReader.class);

    private final long max;
    private final ResponseWriter writer;

    BodyReader(long max, ResponseWriter writer) {
        this.max = max;
        this.writer = writer;
    }

    /**
     * Reads the body, then hands its UTF-8 text on; whatever {@code then} throws is written as the answer.
     *
     * @throws RequestRefused for a Content-Length that is not a number or is far over the limit
     */
    void read(RoutingContext ctx, String mediaType, Consumer<Buffer> then) {
        HttpServerRequest request = ctx.request();
        long declared = declaredLength(request);
        if (declared > 2 * max) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            throw RequestRefused.tooLarge(max, declared);
        }
        if (request.isEnded()) {
            then.accept(Buffer.buffer());
            return;
        }
        Buffer body = Buffer.buffer();
        long[] received = {0};
        boolean[] refused = {false};
        if (declared > max) {
            refused[0] = true;
            writer.failure(ctx, mediaType, RequestRefused.tooLarge(max, declared));
        }
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (refused[0]) {
                if (received[0] > 2 * max) {
                    request.connection().close();
                }
            } else if (received[0] > max) {
                refused[0] = true;
                writer.failure(ctx, mediaType, RequestRefused.tooLarge(max, received[0]));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(t -> LOG.debugf(t, "Request body not received"));
        request.endHandler(v -> {
            if (!refused[0]) {
                try {
                    then.accept(body);
                } catch (Throwable t) {
                    writer.failure(ctx, mediaType, t);
                }
            }
        });
        request.resume();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw RequestRefused.badRequest("Content-Length is not a number.");
        }
    }

    /** The body as text; the spec allows UTF-8 only, so anything else is the client's mistake. */
    static String utf8(Buffer body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw RequestRefused.badRequest("The request body is not valid UTF-8.");
        }
    }
}
