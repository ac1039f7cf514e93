package org.statementatlas.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request budgets on {@code /graphql} (the {@code atlas.rate-limit.*} properties). */
@ConfigMapping(prefix = "atlas.rate-limit")
public interface RateLimitConfig {

    /** Apply the budgets and send the RateLimit headers. Env: ATLAS_RATE_LIMIT_ENABLED. */
    @WithDefault("true")
    boolean enabled();

    /** The budget of each client address without an editor token (application.properties sets it). */
    Budget anonymous();

    /**
     * The budget of each editor token (by its holder's name), whatever address it comes from; larger than the
     * anonymous one, since imports send many writes in a row.
     */
    Budget editor();

    /**
     * Addresses or CIDR ranges of reverse proxies whose {@code Forwarded} or {@code X-Forwarded-For} header names
     * the client. The client is the nearest address in that header that is not itself a trusted proxy; a header
     * from any other peer is ignored, so clients cannot pick their own budget. None by default. Env:
     * ATLAS_RATE_LIMIT_TRUSTED_PROXIES (comma-separated).
     */
    Optional<List<String>> trustedProxies();

    /** How many clients' budgets are kept; the least recently seen are forgotten first (they start full again). */
    @WithDefault("100000")
    int maxClients();

    /** A token bucket: up to {@code limit} requests at once, refilled at {@code limit} per {@code period}. */
    interface Budget {

        /** Requests per period, and the largest burst. */
        @Positive
        int limit();

        /** The period in which the whole budget refills. */
        Duration period();
    }
}
