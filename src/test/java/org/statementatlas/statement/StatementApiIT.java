package org.statementatlas.statement;

import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the same GraphQL checks against the packaged application. */
@QuarkusIntegrationTest
class StatementApiIT extends StatementApiTest {
}
