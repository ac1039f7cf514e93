package org.statementatlas.graphql.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.changelog.SubscriptionConfig;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Counts the open WebSocket connections to {@code /graphql} per client address and refuses one over
 * {@code atlas.subscriptions.max-connections-per-client}. The address is the peer's: behind a reverse proxy, let the
 * proxy bound connections per client.
 */
@ApplicationScoped
class WebSocketConnections {

    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final int max;

    WebSocketConnections(SubscriptionConfig config) {
        this.max = config.maxConnectionsPerClient();
    }

    /** The most connections one client may hold. */
    int max() {
        return max;
    }

    /**
     * Counts the upgrade request's connection until it closes; false (and nothing counted) when its client already
     * holds the most allowed.
     */
    boolean admit(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        if (peer == null || !(request.connection() instanceof ConnectionBase connection)) {
            return true;
        }
        String client = peer.hostAddress() != null ? peer.hostAddress() : peer.host();
        boolean[] admitted = new boolean[1];
        open.compute(client, (key, count) -> {
            int held = count == null ? 0 : count;
            admitted[0] = held < max;
            return admitted[0] ? held + 1 : count;
        });
        if (admitted[0]) {
            connection.closeFuture().onComplete(closed -> open.computeIfPresent(client,
                    (key, count) -> count <= 1 ? null : count - 1));
        }
        return admitted[0];
    }

}
