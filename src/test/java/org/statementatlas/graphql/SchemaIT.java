package org.statementatlas.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Runs the schema, health and GraphiQL checks against the packaged application (prod profile settings). */
@QuarkusIntegrationTest
class SchemaIT extends SchemaTest {
}
