package org.statementatlas.statement;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link StatementQueryTest} on PostgreSQL: keyset paging both ways, filters and orderings, co-signatories. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class StatementQueryOnPostgreSQLTest extends StatementQueryTest {
}
