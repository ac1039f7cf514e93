package org.statementatlas.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;

/** The rate limit of the packaged application (the native executable under {@code -Dnative}): the budget, then 429. */
class RateLimitIT {

    @Test
    void theFourthAnonymousRequestGets429WithRetryAfter(@TempDir Path data) throws Exception {
        JarClient client = new JarClient();
        try (PackagedApp app = PackagedApp.start(data, "-Datlas.rate-limit.anonymous.limit=3",
                "-Datlas.rate-limit.anonymous.period=1H")) {
            client.port(app.awaitPort());
            for (int remaining = 2; remaining >= 0; remaining--) {
                HttpResponse<String> answer = client.anonymous("{ __typename }");
                assertEquals(200, answer.statusCode(), answer::body);
                assertEquals("\"anonymous\";r=" + remaining, answer.headers().firstValue("RateLimit").orElseThrow()
                        .replaceAll(";t=\\d+", ""));
            }
            HttpResponse<String> refused = client.anonymous("{ __typename }");
            assertEquals(429, refused.statusCode());
            assertTrue(refused.body().contains("\"code\":\"RATE_LIMITED\""), refused.body());
            int retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 1100 && retryAfter <= 1200, "a token refills every 1,200 s: " + retryAfter);
        }
    }
}
