package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.statementatlas.dataset.DatasetFiles.ClaimRecord;

import io.quarkus.test.junit.QuarkusTest;

import javax.sql.DataSource;

/**
 * {@link Tables} against the migrated schema: every table an export carries is described, and every column of each
 * is carried by its record or given by the import, so that a new column cannot be left out of exports unnoticed.
 */
@QuarkusTest
class TablesTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableOfTheSchemaIsDescribed() throws Exception {
        Set<String> schema = new TreeSet<>();
        try (Connection db = dataSource.getConnection();
                ResultSet tables = db.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                schema.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        schema.remove("flyway_schema_history");
        assertEquals(schema, Tables.ALL.stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyColumnIsCarriedOrGivenAndExists() throws Exception {
        try (Connection db = dataSource.getConnection()) {
            for (Table<?> table : Tables.ALL) {
                assertEquals(List.of(), table.uncarried(db, table.columns()), table.name());
                Set<String> schema = new HashSet<>();
                try (ResultSet columns = db.getMetaData().getColumns(null, "PUBLIC",
                        table.name().toUpperCase(Locale.ROOT), "%")) {
                    while (columns.next()) {
                        schema.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertTrue(schema.containsAll(table.columns()), table.name() + " has " + schema + ", not all of "
                        + table.columns());
            }
        }
    }

    @Test
    void recordComponentsCarryTheirColumnsByNameOrRenamed() {
        assertEquals(
                List.of("phrase", "claimed_value", "approximate", "qualifier", "counts", "in_headline",
                        "start_offset", "end_offset", "method", "article_id", "statement_id", "position", "id"),
                Tables.CLAIM.columns("id"));
    }

    @Test
    void anInsertThatWouldLeaveAColumnOutIsRefusedByName() throws Exception {
        Table<ClaimRecord> withoutRename = Table.of("claim", ClaimRecord.class)
                .given("article_id", "statement_id", "position").byHand("statement", "id");
        try (Connection db = dataSource.getConnection()) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> withoutRename.insert(db));
            assertTrue(
                    refused.getMessage().contains("table claim has columns [claimed_value, counts, start_offset, end_offset]"),
                    refused.getMessage());
        }
    }
}
