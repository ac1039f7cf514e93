package org.statementatlas.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.statementatlas.graphql.id.GlobalId;

/**
 * What {@link DatasetImport} needs beside {@link Table}: the export's references (global ids, country codes, statement
 * slugs) resolved to keys, lists written with their positions, and the identity columns moved past the keys written.
 */
final class ImportRows {

    private ImportRows() {
    }

    /** Moves every identity column past the ids the import wrote, so that the next insert gets a fresh one. */
    static void restartIdentities(Connection db) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        DatasetExport.query(db, "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES'"
                + " AND TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME",
                rs -> columns.add(new String[]{rs.getString(1), rs.getString(2)}));
        for (String[] column : columns) {
            String table = '"' + column[0] + '"';
            String name = '"' + column[1] + '"';
            long next;
            try (PreparedStatement max = db.prepareStatement("SELECT COALESCE(MAX(" + name + "), 0) + 1 FROM " + table);
                    ResultSet row = max.executeQuery()) {
                row.next();
                next = row.getLong(1);
            }
            try (PreparedStatement restart = db.prepareStatement(
                    "ALTER TABLE " + table + " ALTER COLUMN " + name + " RESTART WITH " + next)) {
                restart.execute();
            }
        }
    }

    static void addPositioned(Table.Insert<Record> insert, long owner, List<String> values) throws SQLException {
        List<String> all = list(values);
        for (int i = 0; i < all.size(); i++) {
            insert.addRow(owner, i, all.get(i));
        }
    }

    static long key(String globalId, String type) {
        return GlobalId.decode(globalId).filter(d -> d.type().equals(type)).map(GlobalId.Decoded::key)
                .orElseThrow(() -> new IllegalArgumentException("\"" + globalId + "\" is not the id of a " + type));
    }

    static long country(Map<String, Long> countries, String code) {
        Long id = countries.get(code);
        if (id == null) {
            throw new IllegalArgumentException("the export names the country " + code + ", which it does not list");
        }
        return id;
    }

    static long statement(Map<String, Long> statements, String slug) {
        Long id = statements.get(slug);
        if (id == null) {
            throw new IllegalArgumentException("the export names the statement " + slug + ", which it does not list");
        }
        return id;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
