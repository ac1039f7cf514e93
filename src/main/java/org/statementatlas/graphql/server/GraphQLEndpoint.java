package org.statementatlas.graphql.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiErrors;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import graphql.language.OperationDefinition;

/**
 * GraphQL over HTTP as the spec (and its graphql-http audit) has it, in front of SmallRye's execution engine.
 * <p>
 * SmallRye's own HTTP handler answers parse and validation failures with 200 whatever the client accepts,
 * a missing Content-Type with 200, a variables value that is not a map with a 500, and decodes GET
 * parameters twice. This route takes {@code /graphql} before it and routes each request: it negotiates the
 * media type ({@link MediaTypes}), applies the origin policy ({@link CorsPolicy}), reads a bounded body
 * ({@link BodyReader}), checks the request's shape ({@link GraphQLRequest}), resolves persisted queries, checks
 * the document ({@link DocumentCheck}) and refuses mutations by GET; {@link SmallRyeExecution} runs it and
 * {@link ResponseWriter} writes the answer. Every refusal is a {@link RequestRefused}.
 */
@ApplicationScoped
class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    private static final String GET_POST = "GET, POST, OPTIONS";
    private static final String POST_ONLY = "POST, OPTIONS";
    /** Ahead of Quarkus' authentication (200) and every route. */
    private static final int WEBSOCKET_FILTER_PRIORITY = 300;
    /** The one WebSocket subprotocol offered (quarkus.smallrye-graphql.websocket-subprotocols). */
    private static final String TRANSPORT_WS = "graphql-transport-ws";

    private final GraphQLConfig.Http http;
    private final GraphQLConfig.Limits limits;
    private final DocumentCheck documents;
    private final PersistedQueries persistedQueries;
    private final CorsPolicy cors;
    private final ResponseCache cache;
    private final RequestMetrics metrics;
    private final String path;
    private final ResponseWriter writer;
    private final BodyReader bodies;
    private final SmallRyeExecution execution;
    private final WebSocketConnections webSockets;

    GraphQLEndpoint(GraphQLConfig config, DocumentCheck documents, PersistedQueries persistedQueries, CorsPolicy cors,
            ResponseCache cache, RequestMetrics metrics, WebSocketConnections webSockets,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path) {
        this.http = config.http();
        this.limits = config.limits();
        this.documents = documents;
        this.persistedQueries = persistedQueries;
        this.cors = cors;
        this.cache = cache;
        this.metrics = metrics;
        this.path = path;
        this.writer = new ResponseWriter(new HttpCaching(http.cacheMaxAge()));
        this.bodies = new BodyReader(http.maxBodySize().asLongValue(), writer);
        this.execution = new SmallRyeExecution(writer, metrics);
        this.webSockets = webSockets;
    }

    /** Takes the GraphQL path before SmallRye's route (which is left for WebSocket subscriptions). */
    void install(@Observes Router router) {
        router.route(path).order(-1).handler(this::handle).failureHandler(this::malformed);
    }

    /**
     * Browsers do not apply CORS to WebSockets, so the origin policy is checked on the upgrade request itself,
     * and so is the bound on connections per client; a filter, because SmallRye's route upgrades the connection
     * before this endpoint's route would run.
     */
    void guardWebSockets(@Observes Filters filters) {
        filters.register(ctx -> {
            if (path.equals(ctx.normalizedPath()) && isWebSocket(ctx.request())) {
                if (!admitted(ctx, null)) {
                    return;
                }
                if (!offersTransportWs(ctx.request())) {
                    writer.failure(ctx, null, RequestRefused.badRequest("Ask for the WebSocket subprotocol "
                            + TRANSPORT_WS + " (Sec-WebSocket-Protocol): it is the only one this endpoint speaks."));
                    return;
                }
                if (!webSockets.admit(ctx.request())) {
                    writer.failure(ctx, null, RequestRefused.http(429, ApiErrors.LIMIT_EXCEEDED, "This client already holds "
                            + webSockets.max() + " WebSocket connections, the most allowed: close one, or run several"
                            + " subscriptions on one connection."));
                    return;
                }
            }
            ctx.next();
        }, WEBSOCKET_FILTER_PRIORITY);
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
        writer.failure(ctx, null, RequestRefused.http(status, ApiErrors.BAD_REQUEST, "Malformed HTTP request."));
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
        Exchange exchange = new Exchange(ctx, mediaType, new Deadline(limits.timeBudget()), metrics);
        HttpMethod method = request.method();
        try {
            if (HttpMethod.OPTIONS.equals(method)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, allowed()).setStatusCode(204).end();
            } else if (HttpMethod.GET.equals(method) && http.getEnabled()) {
                acceptable(mediaType);
                run(exchange, GraphQLRequest.fromParameters(parameters(request)), true);
            } else if (HttpMethod.POST.equals(method)) {
                bodies.read(ctx, mediaType, body -> {
                    acceptable(mediaType);
                    if (!MediaTypes.isJsonRequest(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
                        throw RequestRefused.http(415, ApiErrors.BAD_REQUEST,
                                "Send the request as 'Content-Type: application/json' (UTF-8).");
                    }
                    run(exchange, GraphQLRequest.fromBody(BodyReader.utf8(body)), false);
                });
            } else {
                throw RequestRefused.methodNotAllowed(
                        "Send GraphQL requests by POST" + (http.getEnabled() ? " or, for queries, by GET." : "."),
                        allowed());
            }
        } catch (Throwable t) {
            writer.failure(ctx, mediaType, t);
        }
    }

    /** What one request goes through, up to execution; every refusal is thrown. */
    private void run(Exchange exchange, GraphQLRequest request, boolean get) {
        PersistedQueries.Resolved resolved = persistedQueries.resolve(request);
        if (resolved.query() == null || resolved.query().isBlank()) {
            throw RequestRefused.badRequest("Parameter 'query' is missing: send the query text, or the hash of a"
                    + " persisted query in extensions.persistedQuery.");
        }
        DocumentCheck.Operations operations = documents.check(resolved.query());
        OperationDefinition.Operation selected = operations.selected(request.operationName());
        if (selected != null) {
            exchange.operation = metrics.operation(operations.selectedName(request.operationName()));
        }
        if (get && selected != null && selected != OperationDefinition.Operation.QUERY) {
            throw RequestRefused.methodNotAllowed("Only queries may be sent by GET; send a "
                    + selected.name().toLowerCase(Locale.ROOT) + " by POST.", POST_ONLY);
        }
        if (selected == OperationDefinition.Operation.SUBSCRIPTION) {
            throw RequestRefused.badRequest("Subscriptions run over a WebSocket on this path (subprotocol"
                    + " graphql-transport-ws); send queries and mutations over HTTP.");
        }
        GraphQLRequest resolvedRequest = request.withQuery(resolved.query());
        ResponseCache.Key key = cacheKey(exchange, resolvedRequest, selected);
        long version = key == null ? 0 : cache.version();
        if (key != null) {
            ResponseCache.Answer answer = cache.lookup(key, version);
            exchange.cache = answer == null ? "miss" : "hit";
            metrics.cacheResult(answer != null);
            if (answer != null) {
                exchange.outcome = "ok";
                registerPersisted(resolved);
                exchange.ctx.response().putHeader(Exchange.SERVER_TIMING, "cache;desc=hit");
                writer.cached(exchange.ctx, exchange.mediaType, get, answer);
                return;
            }
        }
        execution.execute(exchange, resolvedRequest, get, (result, body) -> {
            registerPersisted(resolved);
            if (key != null && result.getErrors().isEmpty()) {
                cache.store(key, version, body);
            }
        });
    }

    /** The response-cache key of a request whose answer may be shared: an anonymous query. */
    private ResponseCache.Key cacheKey(Exchange exchange, GraphQLRequest request,
            OperationDefinition.Operation selected) {
        if (!cache.enabled()) {
            return null;
        }
        if (selected != OperationDefinition.Operation.QUERY || HttpCaching.hasCredentials(exchange.ctx)) {
            exchange.cache = "bypass";
            return null;
        }
        return ResponseCache.Key.of(request);
    }

    private void registerPersisted(PersistedQueries.Resolved resolved) {
        if (resolved.register() != null) {
            persistedQueries.register(resolved.register(), resolved.query());
        }
    }

    /** Applies the origin policy; a refused request has been answered with 403. */
    private boolean admitted(RoutingContext ctx, String mediaType) {
        HttpServerRequest request = ctx.request();
        if (cors.admits(request, ctx.response())) {
            return true;
        }
        writer.failure(ctx, mediaType, RequestRefused.http(403, ApiErrors.FORBIDDEN, "Pages on origin '"
                + request.getHeader("Origin") + "' may not send credentials: add it to atlas.cors.editor-origins."));
        return false;
    }

    private static boolean offersTransportWs(HttpServerRequest request) {
        String offered = request.getHeader("Sec-WebSocket-Protocol");
        if (offered != null) {
            for (String protocol : offered.split(",")) {
                if (TRANSPORT_WS.equals(protocol.trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWebSocket(HttpServerRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    private static void acceptable(String mediaType) {
        if (mediaType == null) {
            throw RequestRefused.http(406, ApiErrors.BAD_REQUEST,
                    "Accept application/graphql-response+json or application/json.");
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

    private String allowed() {
        return http.getEnabled() ? GET_POST : POST_ONLY;
    }
}
