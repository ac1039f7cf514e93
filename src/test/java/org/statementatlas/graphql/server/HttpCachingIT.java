package org.statementatlas.graphql.server;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class HttpCachingIT extends HttpCachingTest {
}
