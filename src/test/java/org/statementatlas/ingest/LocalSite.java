package org.statementatlas.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 that fetch tests start: news pages in HTML and plain text, redirects (counted, looping,
 * or to any address), slow, oversized, non-2xx and non-HTML answers. It counts the requests it got, so a test can
 * prove that a refused URL was never requested. A JUnit extension: it serves for the test class that registers it.
 */
final class LocalSite implements BeforeAllCallback, AfterAllCallback {

    private HttpServer server;
    private ExecutorService threads;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Headers lastHeaders;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        threads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
        threads.shutdownNow();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address of a path on this site, by IP. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int requests() {
        return requests.get();
    }

    /** The request headers of the last request served. */
    Headers lastHeaders() {
        return lastHeaders;
    }

    /** A news page that reports the January 2024 statement, with chrome; the marker keeps its text unique. */
    static String page(String marker) {
        return "<!doctype html><html><head><title>Site | Page</title>"
                + "<meta property=\"og:title\" content=\"Allies rebuke Pyongyang over arms sales\">"
                + "<meta property=\"og:site_name\" content=\"The Loopback Times\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-12T09:30:00+01:00\"></head><body>"
                + "<header><nav>Home World Japan Sports</nav></header>"
                + "<article><h1>Allies rebuke Pyongyang over arms sales</h1>"
                + "<p>Fifty countries and the European Union on Friday condemned North Korea's missile sales to Russia, "
                + "officials said in note " + marker + ".</p><p>Moscow denied the transfers.</p></article>"
                + "<aside>Most viewed: China's economy grows</aside></body></html>";
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastHeaders = exchange.getRequestHeaders();
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.split("/");
        try (exchange) {
            switch (parts.length > 1 ? parts[1] : "") {
                case "article" -> send(exchange, 200, "text/html; charset=utf-8", page(parts[2]));
                case "plain" -> send(exchange, 200, "text/plain; charset=utf-8", "Allies rebuke Pyongyang\n\n12 January 2024"
                        + "\n\nFifty countries and the European Union on Friday condemned North Korea's missile sales to"
                        + " Russia, officials said in note " + parts[2] + ". Moscow denied the transfers.");
                case "redirect" -> {
                    int left = Integer.parseInt(parts[2]);
                    redirect(exchange, left == 0 ? "/article/" + parts[3] : "/redirect/" + (left - 1) + "/" + parts[3]);
                }
                case "loop" -> redirect(exchange, "/loop");
                case "to" -> redirect(exchange,
                        URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
                case "slow" -> {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, 200, "text/html", page("slow"));
                }
                case "big" -> {
                    // Chunked, so the size is known only while reading.
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    writeQuietly(exchange.getResponseBody(), ("<p>" + "word ".repeat(200) + "</p>").repeat(300));
                }
                case "big-declared" -> send(exchange, 200, "text/html", "<p>" + "x".repeat(300_000) + "</p>");
                case "status" -> send(exchange, Integer.parseInt(parts[2]), "text/html", "<p>status</p>");
                case "pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7");
                case "untyped" -> send(exchange, 200, null, page("untyped"));
                default -> send(exchange, 404, "text/plain", "not found");
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        writeQuietly(exchange.getResponseBody(), body);
    }

    /** The client may hang up early (it stops reading an oversized body): that is the point, not an error. */
    private static void writeQuietly(OutputStream out, String body) {
        try {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the fetcher closed the connection
        }
    }
}
