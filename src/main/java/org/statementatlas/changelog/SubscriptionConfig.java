package org.statementatlas.changelog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code atlas.subscriptions.*} settings: GraphQL subscriptions over WebSocket (docs/api.md, "Subscriptions"). */
@ConfigMapping(prefix = "atlas.subscriptions")
public interface SubscriptionConfig {

    /** Most open WebSocket connections to /graphql from one client address; one more is refused with 429. */
    @WithDefault("8")
    int maxConnectionsPerClient();

    /** Most subscriptions running at once on one connection; one more ends with a LIMIT_EXCEEDED error. */
    @WithDefault("16")
    int maxSubscriptionsPerConnection();

    /** Changes kept for a subscriber that reads slower than they arrive; past that its subscription fails. */
    @WithDefault("256")
    int bufferSize();
}
