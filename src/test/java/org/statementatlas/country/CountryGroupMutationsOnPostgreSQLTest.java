package org.statementatlas.country;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link CountryGroupMutationsTest} on PostgreSQL: member-list replacement under optimistic locking. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class CountryGroupMutationsOnPostgreSQLTest extends CountryGroupMutationsTest {
}
