package org.statementatlas.explorer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.statementatlas.net.EntityTags;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the explorer: its page at {@code /}, at the editor's desk ({@code /desk}, {@code /desk/articles/new},
 * {@code /desk/statements/new}) and at its deep links ({@code /statements/{slug}}, {@code /countries/{code}},
 * {@code /articles/{id}}: 200 when the object exists, 404 with the same page, which shows
 * "not found", when it does not), its versioned files under {@code /assets/<version>/} (immutable), and the same page
 * with 404 for any other path outside the API and the framework's {@code /q/}.
 * <p>
 * The page is revalidated on every load ({@code no-cache} and a strong ETag, 304 when it still matches), so a new
 * build's page, naming the new version of the files, is seen at the next load. Everything is sent gzipped to clients
 * that accept it, from bytes compressed once at start; the API's answers are left alone.
 */
@ApplicationScoped
public class ExplorerRoutes {

    private static final Pattern DEEP_LINK = Pattern.compile("/(statements|countries|articles)/([^/]{1,200})/?");
    /** The editor's desk: pages of the explorer that need no object to exist. */
    private static final Pattern DESK = Pattern.compile("/desk(/articles/new|/statements/new)?/?");
    private static final Pattern ASSET = Pattern.compile(Pattern.quote(ExplorerAssets.PREFIX) + "([0-9a-f]{1,64})/(.{1,200})");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** After every route of the API and the framework, so that only paths nobody else serves reach it. */
    private static final int LAST = Integer.MAX_VALUE - 1;

    private final ExplorerAssets assets;
    private final PageObjects objects;

    ExplorerRoutes(ExplorerAssets assets, PageObjects objects) {
        this.assets = assets;
        this.objects = objects;
    }

    void install(@Observes Router router) {
        for (HttpMethod method : new HttpMethod[]{HttpMethod.GET, HttpMethod.HEAD}) {
            router.route(method, "/").handler(ctx -> send(ctx, 200, assets.page(), "no-cache"));
            router.routeWithRegex(method, DEEP_LINK.pattern()).blockingHandler(this::deepLink, false);
            router.routeWithRegex(method, DESK.pattern()).handler(ctx -> send(ctx, 200, assets.page(), "no-cache"));
            router.routeWithRegex(method, ASSET.pattern()).handler(this::asset);
            router.route(method, "/*").order(LAST).handler(this::unknown);
        }
    }

    private void deepLink(RoutingContext ctx) {
        var matcher = DEEP_LINK.matcher(ctx.normalizedPath());
        boolean found = matcher.matches() && objects.exist(matcher.group(1), matcher.group(2));
        send(ctx, found ? 200 : 404, assets.page(), "no-cache");
    }

    private void asset(RoutingContext ctx) {
        var matcher = ASSET.matcher(ctx.normalizedPath());
        Optional<ExplorerAssets.Asset> file = matcher.matches()
                ? assets.file(matcher.group(1), matcher.group(2))
                : Optional.empty();
        if (file.isPresent()) {
            send(ctx, 200, file.get(), IMMUTABLE);
        } else {
            notFound(ctx);
        }
    }

    private void unknown(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/q/") || path.equals("/graphql") || path.startsWith("/graphql/")) {
            ctx.next();
        } else {
            notFound(ctx);
        }
    }

    private void notFound(RoutingContext ctx) {
        send(ctx, 404, assets.page(), "no-cache");
    }

    /** The asset with its caching headers; 304 for a 200 whose ETag the client has; gzipped if it is accepted. */
    private static void send(RoutingContext ctx, int status, ExplorerAssets.Asset asset, String cacheControl) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (status == 200) {
            response.putHeader(HttpHeaders.ETAG, asset.etag());
            if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag())) {
                response.setStatusCode(304).end();
                return;
            }
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzip ? asset.gzip() : asset.raw();
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType());
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** Whether an Accept-Encoding header accepts gzip: named (or "*") without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String parameter = fields[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    refused = parameter.substring(2).matches("0(\\.0{0,3})?");
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }
}
