package org.statementatlas.graphql.server;

import java.util.function.Supplier;

import org.statementatlas.net.EntityTags;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching of GET queries: a successful anonymous answer is public for a while and carries a strong ETag,
 * so that browsers and shared caches revalidate it with If-None-Match and get a 304; everything else is
 * {@code no-store}.
 */
final class HttpCaching {

    private final long maxAgeSeconds;

    HttpCaching(long maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /**
     * Sets the caching headers of a response about to be written.
     *
     * @param cacheable a GET query answered with 200 and no errors
     * @param etags the entity tag of the body, asked for only when the answer is cacheable
     * @return true when the client's copy is current: answer 304 without a body
     */
    boolean apply(RoutingContext ctx, boolean cacheable, Supplier<String> etags) {
        if (!cacheable || hasCredentials(ctx)) {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return false;
        }
        String etag = etags.get();
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .putHeader(HttpHeaders.ETAG, etag);
        return EntityTags.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag);
    }

    /** Credentials make a response private: never stored by a shared cache. */
    static boolean hasCredentials(RoutingContext ctx) {
        // Quarkus security gives every request a user, an anonymous one when no credentials came with it.
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    /** A strong entity tag: the SHA-256 of the exact response bytes. */
    static String etag(byte[] body) {
        return EntityTags.of(body);
    }
}
