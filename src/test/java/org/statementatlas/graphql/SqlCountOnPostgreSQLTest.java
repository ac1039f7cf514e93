package org.statementatlas.graphql;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link SqlCountTest} on PostgreSQL: SQL statements per request stay constant whatever the page size. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class SqlCountOnPostgreSQLTest extends SqlCountTest {
}
