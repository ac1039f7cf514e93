package org.statementatlas.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the explorer's page for its deep links (/statements/{slug}, /countries/{code}, /articles/{id}), so that a
 * shared URL opens the page the browser then fills in: 200 when the object exists, 404 (the same page, which shows
 * "not found") when it does not.
 */
@ApplicationScoped
public class ExplorerRoutes {

    private static final Pattern DEEP_LINK = Pattern.compile("/(statements|countries|articles)/([^/]{1,200})/?");

    private final Buffer page = Buffer.buffer(read("META-INF/resources/index.html"));
    private final PageObjects objects;

    ExplorerRoutes(PageObjects objects) {
        this.objects = objects;
    }

    void install(@Observes Router router) {
        router.getWithRegex(DEEP_LINK.pattern()).blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext context) {
        var matcher = DEEP_LINK.matcher(context.normalizedPath());
        boolean found = matcher.matches()
                && objects.exist(matcher.group(1), matcher.group(2));
        context.response().setStatusCode(found ? 200 : 404)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(page);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
