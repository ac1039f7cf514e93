package org.statementatlas.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class SourceArticleQueryIT extends SourceArticleQueryTest {
}
