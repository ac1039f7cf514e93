package org.statementatlas.statement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class StatementQueryIT extends StatementQueryTest {
}
