package org.statementatlas.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.net.CorsConfig;
import org.statementatlas.security.Roles;
import org.statementatlas.security.TokenRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResultImpl;

/**
 * Budgets on {@code /graphql}: a token bucket per anonymous client address and one per editor token. Every answer
 * shows the budget in the {@code RateLimit-Policy} and {@code RateLimit} headers of the IETF httpapi draft
 * (draft-ietf-httpapi-ratelimit-headers-10); a request over it is answered 429 with {@code Retry-After} and
 * {@code extensions.code: RATE_LIMITED}, before anything else is done with it. CORS preflights take nothing.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** The error code of a refused request. */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** Ahead of the WebSocket origin check (300) and of authentication: a refusal must cost next to nothing. */
    private static final int PRIORITY = 400;
    /** What a script on another origin may read of a 429, with ETag as the endpoint's answers expose it. */
    private static final String EXPOSED = "ETag, Retry-After, RateLimit, RateLimit-Policy";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private record Client(String key, String policy, RateLimitConfig.Budget budget) {
    }

    private final RateLimitConfig config;
    private final TokenRegistry tokens;
    private final boolean cors;
    private final String path;
    private final ClientAddress addresses;
    private final Cache<String, TokenBucket> buckets;

    RateLimitFilter(RateLimitConfig config, TokenRegistry tokens, CorsConfig cors,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.config = config;
        this.tokens = tokens;
        this.cors = cors.enabled();
        this.path = path;
        this.addresses = new ClientAddress(config.trustedProxies().orElse(List.of()));
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients())
                .expireAfterAccess(max(config.anonymous().period(), config.editor().period())).build();
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::filter, PRIORITY);
        }
    }

    void filter(RoutingContext ctx) {
        String requested = ctx.normalizedPath();
        if (!path.equals(requested) && !(path + "/").equals(requested)) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        Client client = clientOf(request);
        long now = System.nanoTime();
        TokenBucket bucket = buckets.get(client.key(), key -> new TokenBucket(client.budget().limit(),
                client.budget().period().toNanos(), now));
        TokenBucket.Outcome outcome = isPreflight(request) ? bucket.peek(now) : bucket.take(now);
        HttpServerResponse response = ctx.response();
        response.putHeader("RateLimit-Policy", "\"" + client.policy() + "\";q=" + client.budget().limit() + ";w="
                + Math.max(1, client.budget().period().toSeconds()))
                .putHeader("RateLimit", "\"" + client.policy() + "\";r=" + outcome.remaining() + ";t="
                        + outcome.secondsUntilFull());
        if (outcome.allowed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, outcome.secondsUntilNext());
        LOG.debugf("Refused a request over the %s budget with 429", client.policy());
        ApiError error = ApiError.of(RATE_LIMITED, "Too many requests: this " + (client.policy().equals("editor")
                ? "editor token"
                : "client address") + " may send " + client.budget().limit() + " requests per "
                + Math.max(1, client.budget().period().toSeconds()) + " s. Retry after " + retryAfter + " s.")
                .with("retryAfter", retryAfter);
        byte[] body = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().addError(error).build())
                .getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        if (cors && request.getHeader("Origin") != null) {
            // The refusal is the same for every origin: a page anywhere may read it, and when to retry.
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .setStatusCode(429)
                .end(Buffer.buffer(body));
    }

    /** An editor by the holder of its token; anyone else (no token, or one without the role) by address. */
    private Client clientOf(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<TokenRegistry.Holder> holder = tokens.holderOf(authorization.substring(BEARER.length()).trim());
            if (holder.isPresent() && holder.get().roles().contains(Roles.EDITOR)) {
                return new Client("editor " + holder.get().name(), "editor", config.editor());
            }
        }
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return new Client("address " + addresses.resolve(peer, request.headers().getAll("Forwarded"),
                request.headers().getAll("X-Forwarded-For")), "anonymous", config.anonymous());
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return HttpMethod.OPTIONS.equals(request.method()) && request.getHeader("Origin") != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
