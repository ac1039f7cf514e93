package org.statementatlas.statement;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link StatementMutationsTest} on PostgreSQL: optimistic locking (CONFLICT for a stale or concurrent update) and the write checks. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class StatementMutationsOnPostgreSQLTest extends StatementMutationsTest {
}
