package org.statementatlas.ingest;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link BulkImporterTest} on PostgreSQL: the bulk import of a directory of articles. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class BulkImporterOnPostgreSQLTest extends BulkImporterTest {
}
