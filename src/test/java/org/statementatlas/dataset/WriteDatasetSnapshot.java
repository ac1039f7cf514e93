package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import javax.sql.DataSource;

/**
 * Build step, not a test of the suite: writes {@code target/classes/dataset/snapshot.sql} (see
 * {@link DatasetSnapshot}) from the database the loader has just filled from the JSON files, before the app is
 * packaged. The pom's {@code dataset-snapshot} execution runs it alone, in its own JVM, so no other test has
 * written to the database yet; the class name keeps it out of the ordinary test run.
 */
@QuarkusTest
class WriteDatasetSnapshot {

    @Inject
    DataSource dataSource;

    @Test
    void writeSnapshotThatReplaysToTheSameRows() throws Exception {
        Path output = Path.of(System.getProperty("snapshot.output", "target/classes/" + DatasetSnapshot.RESOURCE));
        try (Connection db = dataSource.getConnection()) {
            String snapshot = dump(db);
            assertTrue(snapshot.contains("INSERT INTO \"PUBLIC\".\"COUNTRY\" VALUES"), "the loader filled no countries");

            // Round trip on the same database: truncate, replay, dump again. Equal text means every row, value and
            // identity position comes back exactly.
            Files.createDirectories(output.getParent());
            Files.writeString(output, snapshot, StandardCharsets.UTF_8);
            DatasetSnapshot.load(db);
            assertEquals(snapshot, dump(db), "replaying the snapshot does not reproduce the database");
        }
    }

    private static String dump(Connection db) throws Exception {
        StringWriter out = new StringWriter();
        DatasetSnapshot.write(db, out);
        return out.toString();
    }
}
