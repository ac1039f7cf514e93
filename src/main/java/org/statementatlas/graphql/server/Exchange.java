package org.statementatlas.graphql.server;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.vertx.ext.web.RoutingContext;

/**
 * One request in flight: its response, its time budget, and its CDI request context, which holds the
 * Hibernate session.
 * <p>
 * SmallRye's route for this path (kept for WebSocket subscriptions) runs first: it activates the request
 * context and sets response handlers that terminate "the current" request context when the response ends or
 * the connection drops. Run from another request's Vert.x context, or while this request's fields are still
 * being fetched (a client that hangs up), that pulled a session from under a running query. They are replaced
 * by handlers that destroy exactly this request's context, once its execution is over; a dropped connection
 * also ends the time budget, so that the remaining fields are skipped.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);

    /** The response header that says how the answer was made (execution time, response cache). */
    static final String SERVER_TIMING = "Server-Timing";

    final RoutingContext ctx;
    final String mediaType;
    final Deadline deadline;
    /** What the {@link ResponseCache} did: {@code hit}, {@code miss}, {@code bypass} (not cacheable) or {@code off}. */
    String cache = "off";
    private InjectableContext.ContextState state;
    private boolean executing;
    private boolean released;

    Exchange(RoutingContext ctx, String mediaType, Deadline deadline) {
        this.ctx = ctx;
        this.mediaType = mediaType;
        this.deadline = deadline;
        ManagedContext requestContext = Arc.container().requestContext();
        this.state = requestContext.isActive() ? requestContext.getState() : null;
        ctx.response().endHandler(v -> release());
        ctx.response().closeHandler(v -> {
            deadline.cancel();
            release();
        });
        ctx.response().exceptionHandler(t -> LOG.debugf(t, "Response not delivered"));
    }

    /** Execution starts with this request context; it must outlive the response until {@link #executed}. */
    synchronized void executing(InjectableContext.ContextState contextState) {
        state = contextState;
        executing = true;
    }

    /** Execution is over; true if the client is still there to get the result. */
    boolean executed() {
        synchronized (this) {
            executing = false;
        }
        if (ctx.response().closed()) {
            release();
            return false;
        }
        return true;
    }

    private synchronized void release() {
        if (executing || released || state == null) {
            return;
        }
        released = true;
        Arc.container().requestContext().destroy(state);
    }
}
