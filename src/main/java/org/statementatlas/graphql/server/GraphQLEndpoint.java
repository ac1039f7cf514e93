package org.statementatlas.graphql.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;
import org.statementatlas.graphql.error.LimitExceededException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;

/**
 * GraphQL over HTTP as the spec (and its graphql-http audit) has it, in front of SmallRye's execution engine.
 * <p>
 * SmallRye's own HTTP handler answers parse and validation failures with 200 whatever the client accepts,
 * a missing Content-Type with 200, a variables value that is not a map with a 500, and decodes GET
 * parameters twice. This route takes {@code /graphql} before it: it negotiates the media type, checks the
 * request's shape and size, resolves persisted queries, checks the document (length, tokens, syntax), refuses
 * mutations by GET, then hands the request to SmallRye's {@link ExecutionService} (the same call SmallRye's
 * handler makes) and writes the result itself: errors in the API's form ({@link ApiErrors}), the status code
 * for the negotiated media type, and caching headers for GET.
 */
@ApplicationScoped
class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String GET_POST = "GET, POST, OPTIONS";
    private static final String POST_ONLY = "POST, OPTIONS";
    /** Ahead of Quarkus' authentication (200) and every route. */
    private static final int WEBSOCKET_FILTER_PRIORITY = 300;

    private final GraphQLConfig.Http http;
    private final GraphQLConfig.Limits limits;
    private final DocumentCheck documents;
    private final PersistedQueries persistedQueries;
    private final CorsPolicy cors;
    private final String path;
    private volatile ExecutionService engine;

    GraphQLEndpoint(GraphQLConfig config, DocumentCheck documents, PersistedQueries persistedQueries, CorsPolicy cors,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.http = config.http();
        this.limits = config.limits();
        this.documents = documents;
        this.persistedQueries = persistedQueries;
        this.cors = cors;
        this.path = path;
    }

    /** Takes the GraphQL path before SmallRye's route (which is left for WebSocket subscriptions). */
    void install(@Observes Router router) {
        router.route(path).order(-1).handler(this::handle).failureHandler(this::malformed);
    }

    /**
     * Browsers do not apply CORS to WebSockets, so the origin policy is checked on the upgrade request itself;
     * a filter, because SmallRye's route upgrades the connection before this endpoint's route would run.
     */
    void guardWebSockets(@Observes Filters filters) {
        filters.register(ctx -> {
            if (path.equals(ctx.normalizedPath()) && isWebSocket(ctx.request()) && !admitted(ctx, null)) {
                return;
            }
            ctx.next();
        }, WEBSOCKET_FILTER_PRIORITY);
    }

    /** Applies the origin policy; a refused request has been answered with 403. */
    private boolean admitted(RoutingContext ctx, String mediaType) {
        HttpServerRequest request = ctx.request();
        if (cors.admits(request, ctx.response())) {
            return true;
        }
        fail(ctx, mediaType, new HttpProblem(403, ApiError.of(ApiErrors.FORBIDDEN, "Pages on origin '"
                + request.getHeader("Origin") + "' may not send credentials: add it to atlas.cors.editor-origins."),
                null));
        return false;
    }

    private static boolean isWebSocket(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    /**
     * Requests Vert.x itself refuses before any handler runs (no Host header, a malformed URI) would reach
     * Quarkus' error handler, which logs each at ERROR: answered here as the client mistakes they are.
     */
    void malformed(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status > 499 || ctx.response().ended()) {
            ctx.next();
            return;
        }
        LOG.debugf(ctx.failure(), "Malformed HTTP request refused with %d", status);
        fail(ctx, null, new HttpProblem(status, ApiError.of(ApiErrors.BAD_REQUEST, "Malformed HTTP request."), null));
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String mediaType = MediaTypes.negotiate(request.getHeader(HttpHeaders.ACCEPT)).orElse(null);
        if (CorsPolicy.isPreflight(request)) {
            cors.preflight(request, ctx.response(), allowed());
            return;
        }
        ctx.response().putHeader(HttpHeaders.VARY, "Accept, Authorization");
        if (!admitted(ctx, mediaType)) {
            return;
        }
        if (isWebSocket(request)) {
            ctx.next();
            return;
        }
        Exchange exchange = new Exchange(ctx, mediaType, new Deadline(limits.timeBudget()));
        HttpMethod method = request.method();
        try {
            if (HttpMethod.OPTIONS.equals(method)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, allowed()).setStatusCode(204).end();
            } else if (HttpMethod.GET.equals(method) && http.getEnabled()) {
                acceptable(mediaType);
                run(exchange, GraphQLRequest.fromParameters(parameters(request)), true);
            } else if (HttpMethod.POST.equals(method)) {
                readBody(ctx, mediaType, body -> {
                    acceptable(mediaType);
                    if (!MediaTypes.isJsonRequest(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
                        throw new HttpProblem(415, ApiError.of(ApiErrors.BAD_REQUEST,
                                "Send the request as 'Content-Type: application/json' (UTF-8)."), null);
                    }
                    run(exchange, GraphQLRequest.fromBody(utf8(body)), false);
                });
            } else {
                throw new HttpProblem(405, ApiError.of(ApiErrors.BAD_REQUEST,
                        "Send GraphQL requests by POST" + (http.getEnabled() ? " or, for queries, by GET." : ".")),
                        allowed());
            }
        } catch (Throwable t) {
            fail(ctx, mediaType, t);
        }
    }

    /** What one request goes through, up to execution; every refusal is thrown and written by {@link #fail}. */
    private void run(Exchange exchange, GraphQLRequest request, boolean get) {
        PersistedQueries.Resolved resolved = persistedQueries.resolve(request);
        if (resolved.query() == null || resolved.query().isBlank()) {
            throw HttpProblem.badRequest("Parameter 'query' is missing: send the query text, or the hash of a"
                    + " persisted query in extensions.persistedQuery.");
        }
        DocumentCheck.Operations operations = documents.check(resolved.query());
        if (get) {
            OperationDefinition.Operation selected = operations.selected(request.operationName());
            if (selected != null && selected != OperationDefinition.Operation.QUERY) {
                throw new HttpProblem(405, ApiError.of(ApiErrors.BAD_REQUEST,
                        "Only queries may be sent by GET; send a " + selected.name().toLowerCase(Locale.ROOT) + " by POST."),
                        POST_ONLY);
            }
        }
        execute(exchange, request.withQuery(resolved.query()), get, resolved.register());
    }

    /**
     * Runs the request on SmallRye's engine, as SmallRye's own handler does: with the CDI request context
     * active (its state also handed on, for the data fetchers that run on worker threads), the security
     * identity and the current Vert.x request set.
     */
    private void execute(Exchange exchange, GraphQLRequest request, boolean get, String register) {
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
            engine().executeAsync(input.build(), metadata, new Writer(exchange, get, request.query(), register));
        } catch (Throwable t) {
            exchange.executed();
            throw t;
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /**
     * One request in flight: its response, and its CDI request context, which holds the Hibernate session.
     * <p>
     * SmallRye's route for this path (kept for WebSocket subscriptions) runs first: it activates the request
     * context and sets response handlers that terminate "the current" request context when the response ends
     * or the connection drops. Run from another request's Vert.x context, or while this request's fields are
     * still being fetched (a client that hangs up), that pulled a session from under a running query. They
     * are replaced by handlers that destroy exactly this request's context, once its execution is over; a
     * dropped connection also ends the time budget, so that the remaining fields are skipped.
     */
    private static final class Exchange {

        final RoutingContext ctx;
        final String mediaType;
        final Deadline deadline;
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

        synchronized void release() {
            if (executing || released || state == null) {
                return;
            }
            released = true;
            Arc.container().requestContext().destroy(state);
        }
    }

    /** SmallRye's engine, looked up late: it is created after the routes are. */
    private ExecutionService engine() {
        if (engine == null) {
            engine = Arc.container().instance(ExecutionService.class).get();
        }
        return engine;
    }

    /** Writes what SmallRye's engine returns. */
    private final class Writer implements ExecutionResponseWriter {

        private final Exchange exchange;
        private final boolean get;
        private final String query;
        private final String register;

        Writer(Exchange exchange, boolean get, String query, String register) {
            this.exchange = exchange;
            this.get = get;
            this.query = query;
            this.register = register;
        }

        @Override
        public void write(ExecutionResponse response) {
            if (!exchange.executed()) {
                return; // the client has gone: nobody to tell, nothing to log
            }
            try {
                ExecutionResult result = response.getExecutionResult();
                List<GraphQLError> errors = ApiErrors.map(result.getErrors(), result.isDataPresent());
                if (register != null && result.isDataPresent()) {
                    persistedQueries.register(register, query);
                }
                respond(exchange.ctx, exchange.mediaType, get, result.transform(b -> b.errors(errors)));
            } catch (Throwable t) {
                GraphQLEndpoint.this.fail(exchange.ctx, exchange.mediaType, t);
            }
        }

        @Override
        public void fail(Throwable t) {
            if (exchange.executed()) {
                GraphQLEndpoint.this.fail(exchange.ctx, exchange.mediaType, t);
            }
        }
    }

    /**
     * Writes a GraphQL response. With data (execution started) the status is 200. Without data (the request
     * was refused before execution: a parse, validation, coercion or limit error) it is 200 for
     * application/json, where the legacy rules of the spec apply, and 400 for
     * application/graphql-response+json; an internal failure before execution is a 500.
     */
    private void respond(RoutingContext ctx, String mediaType, boolean get, ExecutionResult result) {
        boolean internal = !result.isDataPresent() && result.getErrors().stream()
                .anyMatch(e -> e instanceof ApiError api && ApiErrors.INTERNAL.equals(api.code()));
        int status = internal ? 500 : result.isDataPresent() || MediaTypes.JSON.equals(mediaType) ? 200 : 400;
        byte[] body = new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        HttpServerResponse response = ctx.response();
        if (get && status == 200 && result.getErrors().isEmpty() && !hasCredentials(ctx)) {
            String etag = etag(body);
            response.putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + http.cacheMaxAge())
                    .putHeader(HttpHeaders.ETAG, etag);
            if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType).setStatusCode(status).end(Buffer.buffer(body));
    }

    /** Writes a refusal or a failure, never letting an exception escape to Vert.x (which would log it at ERROR). */
    private void fail(RoutingContext ctx, String mediaType, Throwable failure) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            LOG.debugf(failure, "Failure after the response was sent");
            return;
        }
        String type = mediaType == null ? MediaTypes.JSON : mediaType;
        int status;
        ApiError error;
        if (failure instanceof HttpProblem problem) {
            status = problem.status;
            error = problem.error;
            if (problem.allow != null) {
                response.putHeader(HttpHeaders.ALLOW, problem.allow);
            }
            LOG.debugf("Refused a request with %d: %s", status, error.getMessage());
        } else if (failure instanceof LimitExceededException limit) {
            status = MediaTypes.JSON.equals(type) ? 200 : 400;
            error = limit.toError();
            LOG.debugf("Refused a request: %s", error.getMessage());
        } else if (failure instanceof DocumentCheck.SyntaxError syntax) {
            status = MediaTypes.JSON.equals(type) ? 200 : 400;
            error = syntax.error;
        } else if (failure instanceof PersistedQueries.NotFound notFound) {
            status = MediaTypes.JSON.equals(type) ? 200 : 400;
            error = notFound.error;
        } else {
            status = 500;
            error = ApiErrors.internal(failure, null);
        }
        byte[] body = new ExecutionResponse(ExecutionResult.newExecutionResult().addError(error).build())
                .getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .setStatusCode(status)
                .end(Buffer.buffer(body));
    }

    private interface BodyHandler {

        void handle(Buffer body);
    }

    /**
     * Reads the body up to the size limit. A larger body gets 413 at once; the rest of it is read and dropped
     * (so that the client, still sending, sees the answer) up to twice the limit, beyond which the connection
     * is closed.
     */
    private void readBody(RoutingContext ctx, String mediaType, BodyHandler then) {
        HttpServerRequest request = ctx.request();
        long max = http.maxBodySize().asLongValue();
        long declared = -1;
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("Content-Length is not a number.");
            }
        }
        if (declared > 2 * max) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            throw tooLarge(max, declared);
        }
        if (request.isEnded()) {
            then.handle(Buffer.buffer());
            return;
        }
        Buffer body = Buffer.buffer();
        long[] received = {0};
        boolean[] refused = {false};
        if (declared > max) {
            refused[0] = true;
            fail(ctx, mediaType, tooLarge(max, declared));
        }
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (refused[0]) {
                if (received[0] > 2 * max) {
                    request.connection().close();
                }
            } else if (received[0] > max) {
                refused[0] = true;
                fail(ctx, mediaType, tooLarge(max, received[0]));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(t -> LOG.debugf(t, "Request body not received"));
        request.endHandler(v -> {
            if (!refused[0]) {
                try {
                    then.handle(body);
                } catch (Throwable t) {
                    fail(ctx, mediaType, t);
                }
            }
        });
        request.resume();
    }

    private static HttpProblem tooLarge(long max, long measured) {
        return new HttpProblem(413, new LimitExceededException("The request body is larger than " + max + " bytes.",
                LimitExceededException.BODY_SIZE, max, measured).toError(), null);
    }

    private static void acceptable(String mediaType) {
        if (mediaType == null) {
            throw new HttpProblem(406, ApiError.of(ApiErrors.BAD_REQUEST,
                    "Accept application/graphql-response+json or application/json."), null);
        }
    }

    private static String utf8(Buffer body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8.");
        }
    }

    private static Map<String, List<String>> parameters(HttpServerRequest request) {
        Map<String, List<String>> parameters = new HashMap<>();
        MultiMap params = request.params();
        for (String name : params.names()) {
            parameters.put(name, params.getAll(name));
        }
        return parameters;
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, new ArrayList<>(headers.getAll(name)));
        }
        return copy;
    }

    private String allowed() {
        return http.getEnabled() ? GET_POST : POST_ONLY;
    }

    /** Credentials make a response private: never stored by a shared cache. */
    private static boolean hasCredentials(RoutingContext ctx) {
        // Quarkus security gives every request a user, an anonymous one when no credentials came with it.
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    /** A strong entity tag: the SHA-256 of the exact response bytes. */
    static String etag(byte[] body) {
        try {
            return '"' + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(body)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
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
