package org.statementatlas.lookup;

import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class LookupIT extends LookupTest {
}
