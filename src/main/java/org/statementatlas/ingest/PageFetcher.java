package org.statementatlas.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.statementatlas.graphql.error.UpstreamFailedException;
import org.statementatlas.pipeline.HtmlPage;

/**
 * Fetches a page for ingestion by URL, within bounds: http(s) only, a time limit for the whole fetch, a size limit on
 * the body, redirects followed one by one (each new URL checked again) up to a limit, and only HTML or plain text.
 * Every connection goes to an address the {@link NetworkGuard} approved: the HTTP client (Apache HttpClient) resolves
 * host names through the guard and connects to exactly the addresses it returned, so a DNS answer that changes between
 * the check and the connection (DNS rebinding) cannot slip a private address in. No proxy, cookies or credentials are
 * used.
 */
@ApplicationScoped
public class PageFetcher {

    /** Why a fetch failed, in {@code extensions.reason} of UPSTREAM_FAILED. */
    public static final String TIMEOUT = "TIMEOUT";
    public static final String HTTP_STATUS = "HTTP_STATUS";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String NOT_HTML = "NOT_HTML";
    public static final String TOO_MANY_REDIRECTS = "TOO_MANY_REDIRECTS";
    public static final String UNKNOWN_HOST = "UNKNOWN_HOST";
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    /** A fetched page: where it was found in the end, its media type and its text. */
    public record Fetched(URI url, String mediaType, String body) {

        public boolean isHtml() {
            return !mediaType.equals("text/plain");
        }
    }

    private final IngestConfig.Fetch config;
    private final NetworkGuard guard;
    private final int maxBytes;
    private final RequestConfig requestConfig;
    /**
     * The minimal client: no redirects (followed here, each checked), cookies, authentication, retries or content
     * decompression. The full client builder links Brotli decompression, which would need another library in the
     * native image, for nothing: the fetch never asks for a compressed body.
     */
    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "page-fetch-deadline");
        thread.setDaemon(true);
        return thread;
    });

    PageFetcher(IngestConfig config) {
        this.config = config.fetch();
        this.guard = new NetworkGuard(this.config.allowedNetworks().orElse(List.of()));
        this.maxBytes = Math.min(this.config.maxBytes(), HtmlPage.MAX_HTML_BYTES);
        DnsResolver resolver = new DnsResolver() {

            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return guard.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return host;
            }
        };
        Timeout connect = Timeout.of(this.config.connectTimeout());
        this.requestConfig = RequestConfig.custom().setRedirectsEnabled(false).setAuthenticationEnabled(false)
                .setConnectionRequestTimeout(connect).setResponseTimeout(Timeout.of(this.config.timeout())).build();
        this.http = HttpClients.createMinimal(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(resolver)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                        .setSocketTimeout(Timeout.of(this.config.timeout())).build())
                .build());
    }

    @PreDestroy
    void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }

    /**
     * Fetches the page: a {@link RefusedUrlException} (BAD_USER_INPUT) for a URL or address the guard refuses, at the
     * start or at any redirect; an {@link UpstreamFailedException} with its reason when the fetch itself fails.
     */
    public Fetched fetch(String url) {
        URI current = guard.checkUrl(url);
        long deadline = System.nanoTime() + config.timeout().toNanos();
        for (int redirects = 0;; redirects++) {
            HttpGet get = new HttpGet(current);
            get.setConfig(requestConfig);
            get.setHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8");
            get.setHeader(HttpHeaders.USER_AGENT, config.userAgent());
            AtomicBoolean timedOut = new AtomicBoolean();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timeout();
            }
            ScheduledFuture<?> cancel = deadlines.schedule(() -> {
                timedOut.set(true);
                get.cancel();
            }, left, TimeUnit.NANOSECONDS);
            // The minimal client takes the target host from the caller, never from the request.
            try (ClassicHttpResponse response = http.executeOpen(HttpHost.create(current), get, null)) {
                int status = response.getCode();
                if (REDIRECTS.contains(status)) {
                    Header location = response.getFirstHeader(HttpHeaders.LOCATION);
                    if (location == null) {
                        throw new UpstreamFailedException("The page at " + current + " answered " + status
                                + " without a Location to go to.", HTTP_STATUS, status);
                    }
                    if (redirects == config.maxRedirects()) {
                        throw new UpstreamFailedException("The page redirected more than " + config.maxRedirects()
                                + " times (last to " + location.getValue() + ").", TOO_MANY_REDIRECTS);
                    }
                    current = next(current, location.getValue());
                    continue;
                }
                if (status < 200 || status > 299) {
                    throw new UpstreamFailedException("The page at " + current + " answered HTTP " + status + ".",
                            HTTP_STATUS, status);
                }
                return read(current, response.getEntity(), timedOut);
            } catch (IOException e) {
                throw failure(current, e, timedOut.get());
            } finally {
                cancel.cancel(false);
            }
        }
    }

    /** The redirect target, resolved against the current URL and checked like the first one. */
    private URI next(URI current, String location) {
        URI target;
        try {
            target = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new UpstreamFailedException("The page redirected to an address that does not parse: " + location,
                    HTTP_STATUS);
        }
        try {
            return guard.checkUrl(target.toString());
        } catch (RefusedUrlException e) {
            throw new RefusedUrlException("The page redirected to " + target + ", which is not fetched: " + e.getMessage(),
                    e.reason());
        }
    }

    private Fetched read(URI url, HttpEntity entity, AtomicBoolean timedOut) throws IOException {
        ContentType type = entity == null || entity.getContentType() == null
                ? null
                : ContentType.parse(entity.getContentType());
        String mediaType = type == null ? null : type.getMimeType().toLowerCase(Locale.ROOT);
        if (mediaType == null || !TEXT_TYPES.contains(mediaType)) {
            throw new UpstreamFailedException("The page at " + url + " is " + (mediaType == null
                    ? "of no declared type"
                    : mediaType) + ", not HTML or plain text.", NOT_HTML);
        }
        if (entity.getContentLength() > maxBytes) {
            throw tooLarge(url);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) != -1;) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    throw tooLarge(url);
                }
            }
        }
        if (timedOut.get()) {
            throw timeout();
        }
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        return new Fetched(url, mediaType, body.toString(charset));
    }

    private UpstreamFailedException tooLarge(URI url) {
        return new UpstreamFailedException("The page at " + url + " is larger than " + maxBytes + " bytes.", TOO_LARGE);
    }

    private UpstreamFailedException timeout() {
        return new UpstreamFailedException("The page did not arrive within " + config.timeout().toMillis() + " ms.",
                TIMEOUT);
    }

    private RuntimeException failure(URI url, IOException e, boolean timedOut) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NetworkGuard.RefusedAddress refused) {
                return new RefusedUrlException(refused.getMessage(), RefusedUrlException.ADDRESS);
            }
        }
        if (timedOut || e instanceof InterruptedIOException) {
            return timeout();
        }
        if (e instanceof UnknownHostException) {
            return new UpstreamFailedException("The host " + url.getHost() + " is not known.", UNKNOWN_HOST);
        }
        return new UpstreamFailedException("Fetching " + url + " failed: " + e.getMessage(), CONNECTION_FAILED);
    }
}
