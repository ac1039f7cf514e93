package org.statementatlas.country;

import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class CountryApiIT extends CountryApiTest {
}
