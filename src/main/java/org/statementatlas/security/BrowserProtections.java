package org.statementatlas.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers for browsers. Every answer gets {@code X-Content-Type-Options: nosniff}; every HTML answer
 * (GraphiQL, the explorer) a Content-Security-Policy that lets it load scripts only from this origin, talk only
 * to this origin and never be framed, and {@code Referrer-Policy: no-referrer}. Decided when the headers are
 * written, from the answer's Content-Type, so that pages added later are covered too.
 */
@ApplicationScoped
public class BrowserProtections {

    /**
     * GraphiQL's page loads its scripts and styles as files; its editors set style attributes, hence the one
     * 'unsafe-inline' (styles only: no inline script runs). {@code connect-src 'self'} covers {@code /graphql}
     * and, in CSP 3 browsers, the WebSocket of subscriptions on the same host.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Early, so that answers written by any later handler or filter carry the headers. */
    private static final int PRIORITY = 500;

    void register(@Observes Filters filters) {
        filters.register(this::protect, PRIORITY);
    }

    void protect(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.putHeader("X-Content-Type-Options", "nosniff");
        ctx.addHeadersEndHandler(ignored -> {
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.regionMatches(true, 0, "text/html", 0, "text/html".length())) {
                response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .putHeader("Referrer-Policy", "no-referrer")
                        // For browsers without CSP frame-ancestors.
                        .putHeader("X-Frame-Options", "DENY");
            }
        });
        ctx.next();
    }
}
