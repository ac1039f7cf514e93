package org.statementatlas.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A GraphQL-over-WebSocket client for tests, speaking graphql-transport-ws (the protocol of the graphql-ws
 * library) through the JDK's WebSocket: messages are built from maps and read back as maps, never by hand.
 */
public final class GraphQLWs implements AutoCloseable {

    /** The subprotocol the service speaks. */
    public static final String PROTOCOL = "graphql-transport-ws";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private volatile boolean answerPings = true;

    private GraphQLWs(URI uri, String bearer) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(PROTOCOL)
                .connectTimeout(WAIT);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    /** The /graphql WebSocket URI of the app under test. */
    public static URI uri() {
        return URI.create("ws://localhost:" + RestAssured.port + "/graphql");
    }

    /** Opens a connection without credentials (not yet initialised). */
    public static GraphQLWs open() {
        return new GraphQLWs(uri(), null);
    }

    /** Opens a connection whose upgrade request carries {@code Authorization: Bearer <token>}. */
    public static GraphQLWs openWithToken(String token) {
        return new GraphQLWs(uri(), token);
    }

    /** Opens an anonymous connection to the app listening on this port, and initialises it. */
    public static GraphQLWs connect(int port) {
        GraphQLWs ws = new GraphQLWs(URI.create("ws://localhost:" + port + "/graphql"), null);
        ws.init(null);
        return ws;
    }

    /** Opens an anonymous connection and initialises it. */
    public static GraphQLWs connect() {
        GraphQLWs ws = open();
        ws.init(null);
        return ws;
    }

    /** Sends connection_init (with this payload, if any) and waits for connection_ack. */
    public GraphQLWs init(Map<String, Object> payload) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "connection_init");
        if (payload != null) {
            message.put("payload", payload);
        }
        send(message);
        assertEquals("connection_ack", next().get("type"));
        return this;
    }

    /** Sends subscribe with operation id {@code id}; variables as alternating names and values. */
    public void subscribe(String id, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", vars)));
    }

    /** Hands the server's pings to the test instead of answering them with pong. */
    public void showPings() {
        answerPings = false;
    }

    /** Sends complete for operation {@code id}: the client stops that subscription. */
    public void complete(String id) {
        send(Map.of("id", id, "type", "complete"));
    }

    /** Sends a message as JSON. */
    public void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + message, e);
        }
    }

    /** The next message from the server; fails after ten seconds without one. */
    public Map<String, Object> next() {
        try {
            Map<String, Object> message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(message, "no message from the server within " + WAIT);
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message, which must be a {@code next} for operation {@code id}; returns its payload. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> nextPayload(String id) {
        Map<String, Object> message = next();
        assertEquals("next", message.get("type"), message::toString);
        assertEquals(id, message.get("id"), message::toString);
        return (Map<String, Object>) message.get("payload");
    }

    /** Asserts the server sends nothing for this long. */
    public void expectSilence(Duration duration) {
        assertNull(poll(duration), "unexpected message");
    }

    /** The next message within this long, or null. */
    public Map<String, Object> poll(Duration duration) {
        try {
            return messages.poll(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the server to close the connection; returns the close code. */
    public int awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the server did not close the connection", e);
        }
    }

    /** The reason the server gave when it closed the connection. */
    public String closeReason() {
        return closeReason;
    }

    @Override
    public void close() {
        try {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            }
            closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    Map<String, Object> message = JSON.readValue(text.toString(), new TypeReference<>() {
                    });
                    if ("ping".equals(message.get("type")) && answerPings) {
                        webSocket.sendText("{\"type\":\"pong\"}", true);
                    } else {
                        messages.add(message);
                    }
                } catch (Exception e) {
                    messages.add(Map.of("type", "unparseable", "text", text.toString()));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
