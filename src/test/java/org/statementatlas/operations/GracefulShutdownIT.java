package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.PackagedApp;

/**
 * SIGTERM, as Kubernetes and Knative send it, lets requests in flight finish, and stops the process within
 * {@code quarkus.shutdown.timeout} even when a request never ends. A request is held in flight by sending its body
 * in two halves around the signal.
 */
class GracefulShutdownIT {

    private static final String BODY = "{\"query\":\"{ countries(first: 1) { totalCount } }\"}";

    @TempDir
    Path dataDir;

    @Test
    void requestInFlightIsAnsweredAfterSigterm() throws Exception {
        try (PackagedApp app = PackagedApp.start(dataDir); Socket socket = halfSentRequest(awaitReady(app))) {
            app.process().destroy();
            awaitLog(app, "Waiting for HTTP requests to complete");
            assertTrue(app.process().isAlive(), "the service waits for the request in flight:\n" + app.log());

            OutputStream out = socket.getOutputStream();
            out.write(BODY.substring(BODY.length() / 2).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.endsWith("{\"data\":{\"countries\":{\"totalCount\":250}}}"), answer);
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS), "stops once the request is answered");
            assertTrue(app.log().contains("All HTTP requests complete"), app.log());
        }
    }

    @Test
    void requestThatNeverEndsDelaysTheStopOnlyUntilTheTimeout() throws Exception {
        try (PackagedApp app = PackagedApp.start(dataDir, "-Dquarkus.shutdown.timeout=3S");
                Socket socket = halfSentRequest(awaitReady(app))) {
            long signalled = System.nanoTime();
            app.process().destroy();
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS), "stops although the request never ends");
            long waited = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
            assertTrue(app.log().contains("Waiting for HTTP requests to complete"), app.log());
            assertTrue(waited >= 3000, "waited for the request in flight: " + waited + " ms\n" + app.log());
        }
    }

    /** The port, once the service answers its readiness probe. */
    private static int awaitReady(PackagedApp app) throws Exception {
        int port = app.awaitPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 300 && http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        return port;
    }

    private static void awaitLog(PackagedApp app, String line) throws InterruptedException {
        for (int i = 0; i < 300 && !app.log().contains(line); i++) {
            Thread.sleep(100);
        }
        assertTrue(app.log().contains(line), app.log());
    }

    /** Opens a POST /graphql and sends its headers and half its body. */
    private static Socket halfSentRequest(int port) throws IOException, InterruptedException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        // Let the server take in the headers before the signal: from then on the request is in flight.
        Thread.sleep(500);
        return socket;
    }
}
