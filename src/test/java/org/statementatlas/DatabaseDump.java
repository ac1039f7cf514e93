package org.statementatlas;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table of a stopped service's H2 database, as text, for comparing two databases table by table.
 * Tables are found in the schema, so a table added later is compared too.
 */
public final class DatabaseDump {

    /**
     * Tables whose {@code id} only numbers rows and is referenced by no global id: an import of an export numbers
     * them anew, so without row ids they are compared in id order by their other columns.
     */
    public static final Set<String> ROW_NUMBERED = Set.of("SIGNATURE", "GROUP_MEMBERSHIP", "ARTICLE_STATEMENT_LINK",
            "MENTION", "CLAIM", "QUOTE", "REJECTED_FINDING");

    private DatabaseDump() {
    }

    /**
     * The rows of each table, by table name. With {@code rowIds} false, the tables in {@link #ROW_NUMBERED} lose
     * their id column and {@code mention_span} names its mention by article and country. Flyway's history keeps the
     * migrations applied, not when.
     */
    public static Map<String, List<String>> of(Path dataDir, boolean rowIds) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("atlas")
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "")) {
            for (String table : strings(db, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                List<String> columns = strings(db, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA"
                        + " = 'PUBLIC' AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION");
                String sql;
                boolean ordered = false;
                if (table.equals("flyway_schema_history")) {
                    sql = "SELECT \"version\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\"";
                } else if (!rowIds && ROW_NUMBERED.contains(table)) {
                    columns.remove("ID");
                    sql = "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY ID";
                    ordered = true;
                } else if (!rowIds && table.equals("MENTION_SPAN")) {
                    sql = "SELECT m.ARTICLE_ID, m.COUNTRY_ID, s.POSITION, s.START_OFFSET, s.END_OFFSET, s.MATCHED_AS"
                            + " FROM MENTION_SPAN s JOIN MENTION m ON m.ID = s.MENTION_ID ORDER BY m.ID, s.POSITION";
                    ordered = true;
                } else {
                    sql = "SELECT " + String.join(", ", columns) + " FROM \"" + table + "\"";
                }
                List<String> rows = rows(db, sql);
                if (!ordered) {
                    rows.sort(null);
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** Rows per table, for a report. */
    public static Map<String, Integer> counts(Map<String, List<String>> dump) {
        Map<String, Integer> counts = new TreeMap<>();
        dump.forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
