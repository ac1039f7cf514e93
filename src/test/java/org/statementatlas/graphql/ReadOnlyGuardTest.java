package org.statementatlas.graphql;

import static org.hamcrest.Matchers.greaterThan;
import static org.statementatlas.graphql.GraphQL.ok;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With atlas.read-only unset (false), mutations run: the guard stays out of the way. */
@QuarkusTest
class ReadOnlyGuardTest {

    @Test
    void mutationsRunWhenWritesAreAllowed() {
        ok("mutation { testOnlyProbeWrite }").body("data.testOnlyProbeWrite", greaterThan(0));
    }
}
