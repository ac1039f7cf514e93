package org.statementatlas.lookup;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link LookupTest} on PostgreSQL, where search uses full-text search. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class LookupOnPostgreSQLTest extends LookupTest {
}
