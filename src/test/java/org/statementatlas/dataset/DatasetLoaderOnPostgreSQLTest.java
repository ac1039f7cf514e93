package org.statementatlas.dataset;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DatasetLoaderTest} on PostgreSQL: the bundled dataset loaded into an empty database, once. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class DatasetLoaderOnPostgreSQLTest extends DatasetLoaderTest {
}
