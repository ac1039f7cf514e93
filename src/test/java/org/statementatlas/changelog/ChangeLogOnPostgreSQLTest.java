package org.statementatlas.changelog;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ChangeLogTest} on PostgreSQL: one order of the log, nothing left by a failed write, the data version. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class ChangeLogOnPostgreSQLTest extends ChangeLogTest {
}
