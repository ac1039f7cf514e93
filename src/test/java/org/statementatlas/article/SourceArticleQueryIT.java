package org.statementatlas.article;

import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class SourceArticleQueryIT extends SourceArticleQueryTest {
}
