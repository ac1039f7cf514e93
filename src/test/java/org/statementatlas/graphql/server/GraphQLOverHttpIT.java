package org.statementatlas.graphql.server;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same hostile requests against the packaged application (whose log is in another process). */
@QuarkusIntegrationTest
class GraphQLOverHttpIT extends GraphQLOverHttpTest {

    @Override
    protected boolean logsAreVisible() {
        return false;
    }
}
