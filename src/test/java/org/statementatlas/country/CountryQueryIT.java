package org.statementatlas.country;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class CountryQueryIT extends CountryQueryTest {
}
