package org.statementatlas.graphql.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.server.RawHttp.Request;
import org.statementatlas.graphql.server.RawHttp.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Queries by GET are cacheable by browsers and CDNs; nothing with credentials, errors or side effects is. */
@QuarkusTest
class HttpCachingTest {

    private static final Request JAPAN = Request.get(Map.of("query", "{ country(code: \"JP\") { name flag } }"));

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void getQueryCarriesCacheControlAndAStrongEtagAndRevalidatesWith304() {
        Response first = RawHttp.send(endpoint, JAPAN);
        assertEquals(200, first.status(), first.body());
        assertEquals("Japan", first.json().getString("data.country.name"));
        assertThat(first.header("Cache-Control"), matchesPattern("public, max-age=\\d+"));
        String etag = first.header("ETag");
        assertThat(etag, matchesPattern("\"[A-Za-z0-9_-]{43}\""));
        assertEquals(HttpCaching.etag(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), etag,
                "the ETag is the hash of the response bytes");

        Response again = RawHttp.send(endpoint, JAPAN);
        assertEquals(etag, again.header("ETag"), "same data, same tag");

        Response revalidated = RawHttp.send(endpoint, JAPAN.header("If-None-Match", etag));
        assertEquals(304, revalidated.status());
        assertEquals("", revalidated.body());
        assertEquals(etag, revalidated.header("ETag"));

        Response weakToo = RawHttp.send(endpoint, JAPAN.header("If-None-Match", "\"other\", W/" + etag));
        assertEquals(304, weakToo.status());

        Response changed = RawHttp.send(endpoint, JAPAN.header("If-None-Match", "\"not-the-tag\""));
        assertEquals(200, changed.status());
    }

    @Test
    void differentDataHasADifferentEtag() {
        Response japan = RawHttp.send(endpoint, JAPAN);
        Response france = RawHttp.send(endpoint, Request.get(Map.of("query", "{ country(code: \"FR\") { name flag } }")));
        assertEquals(200, france.status());
        assertThat(france.header("ETag"), startsWith("\""));
        assertEquals(false, japan.header("ETag").equals(france.header("ETag")));
    }

    @Test
    void requestsWithCredentialsAreNeverCacheable() {
        Response response = RawHttp.send(endpoint, JAPAN.header("Authorization", "Bearer anything"));
        assertEquals(200, response.status());
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.header("ETag"));
    }

    @Test
    void postsAndErrorsAreNeverCacheable() {
        Response post = RawHttp.send(endpoint, Request.post("application/json", "{\"query\":\"{ __typename }\"}"));
        assertEquals(200, post.status());
        assertEquals("no-store", post.header("Cache-Control"));
        assertNull(post.header("ETag"));

        Response error = RawHttp.send(endpoint, Request.get(Map.of("query", "{ statements(first: 0) { totalCount } }")));
        assertEquals(200, error.status());
        assertEquals("BAD_USER_INPUT", error.json().getString("errors[0].extensions.code"));
        assertEquals("no-store", error.header("Cache-Control"));
        assertNull(error.header("ETag"));
    }

    @Test
    void mutationByGetIsRefusedWith405() {
        // There is no Mutation type yet; a mutation by GET is refused by method before anything else.
        Response response = RawHttp.send(endpoint, Request.get(Map.of("query", "mutation { __typename }"))
                .header("Accept", "application/graphql-response+json"));
        assertEquals(405, response.status());
        assertEquals("POST, OPTIONS", response.header("Allow"));
        assertEquals("BAD_REQUEST", response.json().getString("errors[0].extensions.code"));
    }

    @Test
    void getResponsesVaryByAcceptAndAuthorization() {
        Response response = RawHttp.send(endpoint, JAPAN.header("Accept", "application/graphql-response+json"));
        assertThat(response.contentType(), startsWith("application/graphql-response+json"));
        assertEquals("Accept, Authorization", response.header("Vary"));
    }
}
