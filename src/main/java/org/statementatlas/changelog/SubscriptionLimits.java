package org.statementatlas.changelog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.graphql.error.LimitExceededException;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the subscriptions running at once on one WebSocket connection ({@code atlas.subscriptions.max-subscriptions-per-connection}),
 * and ends the streams of a connection once it has closed. SmallRye runs each subscribe message inside the request
 * context of the WebSocket upgrade, so the current request names the connection.
 */
@ApplicationScoped
public class SubscriptionLimits {

    /** The extensions.measure of the refusal. */
    public static final String SUBSCRIPTIONS = "subscriptionsPerConnection";

    private final Map<HttpConnection, Open> open = new ConcurrentHashMap<>();
    private final int max;
    private final CurrentVertxRequest request;

    SubscriptionLimits(SubscriptionConfig config, CurrentVertxRequest request) {
        this.max = config.maxSubscriptionsPerConnection();
        this.request = request;
    }

    /**
     * Counts a new subscription against its connection for as long as its stream runs.
     *
     * @throws LimitExceededException when the connection already runs the most subscriptions allowed
     */
    public <T> Multi<T> admit(Multi<T> stream) {
        RoutingContext ctx = request.getCurrent();
        if (ctx == null || ctx.request().connection() == null) {
            return stream;
        }
        HttpConnection connection = ctx.request().connection();
        Open state = open.computeIfAbsent(connection, key -> {
            Open created = new Open();
            if (key instanceof ConnectionBase base) {
                base.closeFuture().onComplete(done -> {
                    created.closed = true;
                    open.remove(key);
                });
            }
            return created;
        });
        int running = state.count.incrementAndGet();
        if (running > max) {
            state.count.decrementAndGet();
            throw new LimitExceededException("This connection already runs " + max
                    + " subscriptions, the most allowed: complete one before starting another, or open another connection.",
                    SUBSCRIPTIONS, max, running);
        }
        AtomicBoolean released = new AtomicBoolean();
        return stream.select().first(item -> !state.closed).onTermination().invoke(() -> {
            if (released.compareAndSet(false, true)) {
                state.count.decrementAndGet();
            }
        });
    }

    /** The subscriptions of one connection. */
    private static final class Open {

        final AtomicInteger count = new AtomicInteger();
        volatile boolean closed;
    }
}
