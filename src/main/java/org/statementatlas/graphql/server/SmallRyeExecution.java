package org.statementatlas.graphql.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.statementatlas.graphql.error.ApiErrors;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * Runs a checked request on SmallRye's {@link ExecutionService}, as SmallRye's own HTTP handler does: with the
 * CDI request context active (its state also handed on, for the data fetchers that run on worker threads),
 * the security identity and the current Vert.x request set, and the time budget in the GraphQL context.
 */
final class SmallRyeExecution {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final ResponseWriter writer;
    private volatile ExecutionService engine;

    SmallRyeExecution(ResponseWriter writer) {
        this.writer = writer;
    }

    /**
     * Executes the request and writes its result, in the API's form of errors, with a {@code Server-Timing}
     * header that gives the execution time and what the response cache did ({@link Exchange#cache}).
     *
     * @param succeeded called with the result and its response body before writing a result that has data
     *        (execution started)
     */
    void execute(Exchange exchange, GraphQLRequest request, boolean get, BiConsumer<ExecutionResult, byte[]> succeeded) {
        JsonObjectBuilder input = JSON.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (request.variables() != null) {
            input.add("variables", request.variables());
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            requestContext.activate();
        }
        InjectableContext.ContextState state = requestContext.getState();
        exchange.executing(state);
        try {
            associateIdentity(exchange.ctx);
            Map<String, Object> metadata = new ConcurrentHashMap<>();
            metadata.put("runBlocking", false);
            metadata.put("httpHeaders", headers(exchange.ctx.request().headers()));
            metadata.put("state", state);
            metadata.put(Deadline.KEY, exchange.deadline);
            engine().executeAsync(input.build(), metadata, new Writer(exchange, get, succeeded, System.nanoTime()));
        } catch (Throwable t) {
            exchange.executed();
            throw t;
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /** SmallRye's engine, looked up late: it is created after the routes are. */
    private ExecutionService engine() {
        if (engine == null) {
            engine = Arc.container().instance(ExecutionService.class).get();
        }
        return engine;
    }

    /** Writes what SmallRye's engine returns, once the client is known to be still there. */
    private final class Writer implements ExecutionResponseWriter {

        private final Exchange exchange;
        private final boolean get;
        private final BiConsumer<ExecutionResult, byte[]> succeeded;
        private final long started;

        Writer(Exchange exchange, boolean get, BiConsumer<ExecutionResult, byte[]> succeeded, long started) {
            this.exchange = exchange;
            this.get = get;
            this.succeeded = succeeded;
            this.started = started;
        }

        @Override
        public void write(ExecutionResponse response) {
            if (!exchange.executed()) {
                return; // the client has gone: nobody to tell, nothing to log
            }
            try {
                ExecutionResult executed = response.getExecutionResult();
                List<GraphQLError> errors = ApiErrors.map(executed.getErrors(), executed.isDataPresent());
                ExecutionResult result = executed.transform(b -> b.errors(errors));
                byte[] body = ResponseWriter.serialize(result);
                if (result.isDataPresent()) {
                    succeeded.accept(result, body);
                }
                exchange.ctx.response().putHeader(Exchange.SERVER_TIMING, String.format(Locale.ROOT,
                        "cache;desc=%s, exec;dur=%.1f", exchange.cache, (System.nanoTime() - started) / 1e6));
                writer.result(exchange.ctx, exchange.mediaType, get, result, body);
            } catch (Throwable t) {
                writer.failure(exchange.ctx, exchange.mediaType, t);
            }
        }

        @Override
        public void fail(Throwable t) {
            if (exchange.executed()) {
                writer.failure(exchange.ctx, exchange.mediaType, t);
            }
        }
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, new ArrayList<>(headers.getAll(name)));
        }
        return copy;
    }

    /** As SmallRye's handler does: the identity of an authenticated request, for @RolesAllowed and friends. */
    private static void associateIdentity(RoutingContext ctx) {
        InstanceHandle<CurrentIdentityAssociation> association = Arc.container()
                .instance(CurrentIdentityAssociation.class);
        if (association.isAvailable()) {
            if (ctx.user() instanceof QuarkusHttpUser user) {
                association.get().setIdentity(user.getSecurityIdentity());
            } else {
                association.get().setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
            }
        }
        Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(ctx);
    }
}
