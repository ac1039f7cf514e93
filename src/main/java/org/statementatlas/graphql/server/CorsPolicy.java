package org.statementatlas.graphql.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.net.CorsConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Cross-origin access to {@code /graphql}: anonymous requests from any origin, requests with credentials only
 * from the service's own origin and {@link CorsConfig#editorOrigins()}.
 * <p>
 * Anonymous answers carry {@code Access-Control-Allow-Origin: *}: they do not depend on the origin, so shared
 * caches can keep one copy. Answers to requests with an Authorization header name the origin and vary by it.
 * A browser always preflights such a request (Authorization is not a CORS-safelisted header), and the
 * preflight from another origin leaves {@code authorization} out of the allowed headers, so the browser
 * blocks it; {@link #admits} also refuses one that arrives without a preflight (or over WebSocket, where
 * browsers do not apply CORS at all).
 */
@ApplicationScoped
class CorsPolicy {

    private static final String ORIGIN = "Origin";
    private static final String AUTHORIZATION = "authorization";
    /**
     * Response headers scripts may read besides the safelisted ones: ETag, for revalidating GET queries, and the
     * rate-limit headers (org.statementatlas.ratelimit), so that a page can slow down before it is refused.
     */
    private static final String EXPOSED = "ETag, Retry-After, RateLimit, RateLimit-Policy, Server-Timing";

    private final boolean enabled;
    private final Set<String> editorOrigins;
    private final String maxAge;

    CorsPolicy(CorsConfig config) {
        this.enabled = config.enabled();
        this.editorOrigins = config.editorOrigins().orElse(List.of()).stream()
                .map(origin -> origin.trim().toLowerCase(Locale.ROOT))
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.maxAge = Long.toString(config.maxAge().toSeconds());
    }

    /** A CORS preflight: OPTIONS with an Origin and the method the browser means to send. */
    static boolean isPreflight(HttpServerRequest request) {
        return HttpMethod.OPTIONS.equals(request.method()) && request.getHeader(ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }

    /** Answers a preflight: the methods the endpoint takes, the requested headers it allows, and for how long. */
    void preflight(HttpServerRequest request, HttpServerResponse response, String methods) {
        response.putHeader(HttpHeaders.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        if (enabled) {
            String origin = request.getHeader(ORIGIN);
            boolean editor = mayUseCredentials(request, origin);
            List<String> headers = new ArrayList<>();
            String requested = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            if (requested != null) {
                for (String header : requested.split(",")) {
                    String name = header.trim().toLowerCase(Locale.ROOT);
                    if (!name.isEmpty() && (editor || !name.equals(AUTHORIZATION))) {
                        headers.add(name);
                    }
                }
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, editor ? origin : "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods.replace(", OPTIONS", ""))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge);
            if (!headers.isEmpty()) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
            }
        }
        response.setStatusCode(204).end();
    }

    /**
     * Sets the CORS headers of an actual request's answer; false when the request carries credentials from an
     * origin that may not send them, which the caller refuses before doing anything else.
     */
    boolean admits(HttpServerRequest request, HttpServerResponse response) {
        String origin = request.getHeader(ORIGIN);
        boolean credentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (!enabled || origin == null) {
            return true;
        }
        if (credentials) {
            response.headers().add(HttpHeaders.VARY, ORIGIN);
            if (!mayUseCredentials(request, origin)) {
                return false;
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        } else {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        return true;
    }

    /** The service's own origin (GraphiQL, the explorer) and the configured editor origins. */
    private boolean mayUseCredentials(HttpServerRequest request, String origin) {
        String normalized = origin.trim().toLowerCase(Locale.ROOT);
        String host = request.getHeader(HttpHeaders.HOST);
        return editorOrigins.contains(normalized)
                || host != null && normalized.equals(request.scheme() + "://" + host.toLowerCase(Locale.ROOT));
    }
}
