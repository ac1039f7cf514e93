package org.statementatlas.country;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link CountryQueryTest} on PostgreSQL: country filters (text included), orderings and paging. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class CountryQueryOnPostgreSQLTest extends CountryQueryTest {
}
