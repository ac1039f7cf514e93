package org.statementatlas.net;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code atlas.cors.*} settings: which browser pages on other origins may call {@code /graphql}. Quarkus'
 * own {@code quarkus.http.cors} filter cannot tell an anonymous read from a request with credentials, so the
 * endpoint applies this policy itself; leave {@code quarkus.http.cors.enabled} off.
 */
@ConfigMapping(prefix = "atlas.cors")
public interface CorsConfig {

    /**
     * Answer cross-origin requests and preflights. Off: no CORS headers at all, so browsers allow same-origin
     * pages only (for a gateway that adds its own). Env: ATLAS_CORS_ENABLED.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * Origins (scheme://host[:port], exactly as browsers send them) whose pages may send credentials, an
     * Authorization header, and so run mutations. Anonymous reads are allowed from every origin; the service's
     * own origin (GraphiQL) is always allowed. Empty by default. Env: ATLAS_CORS_EDITOR_ORIGINS, comma-separated.
     */
    Optional<List<String>> editorOrigins();

    /** How long a browser may cache a preflight answer (Chromium caps it at 2 hours). */
    @WithDefault("2h")
    Duration maxAge();
}
