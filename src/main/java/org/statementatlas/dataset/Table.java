package org.statementatlas.dataset;

import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One table as an export carries it ({@link Tables} has them all): the record of {@link DatasetFiles} that carries
 * its plain columns, by name (none for a table of given columns only), and its given columns, in the order
 * {@link Insert#add} takes them. It builds a record from a row for the export, and binds a record's components to
 * an insert for the import.
 */
final class Table<R extends Record> {

    private final String name;
    private final Class<R> type;
    private final List<String> given;
    private final Set<String> byHand;
    private final Map<String, String> renamed;
    /** The record's components that carry a column, by name, with the column, in declaration order. */
    private final Map<String, String> carried = new LinkedHashMap<>();

    private Table(String name, Class<R> type, List<String> given, Set<String> byHand,
            Map<String, String> renamed) {
        this.name = name;
        this.type = type;
        this.given = given;
        this.byHand = byHand;
        this.renamed = renamed;
        for (RecordComponent component : components()) {
            Class<?> kind = component.getType();
            if (!byHand.contains(component.getName()) && !List.class.isAssignableFrom(kind)
                    && !Map.class.isAssignableFrom(kind)) {
                carried.put(component.getName(),
                        renamed.getOrDefault(component.getName(), snakeCase(component.getName())));
            }
        }
    }

    static Table<Record> of(String name) {
        return new Table<>(name, null, List.of(), Set.of(), Map.of());
    }

    static <R extends Record> Table<R> of(String name, Class<R> type) {
        return new Table<>(name, type, List.of(), Set.of(), Map.of());
    }

    Table<R> given(String... columns) {
        return new Table<>(name, type, List.of(columns), byHand, renamed);
    }

    Table<R> byHand(String... components) {
        return new Table<>(name, type, given, Set.of(components), renamed);
    }

    /** Pairs of a component and the column it carries, where the column is not the component's name. */
    Table<R> renamed(String... pairs) {
        Map<String, String> columns = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return new Table<>(name, type, given, byHand, Map.copyOf(columns));
    }

    String name() {
        return name;
    }

    /** The given columns, in the order {@link Insert#add} takes their values. */
    List<String> given() {
        return given;
    }

    private RecordComponent[] components() {
        return type == null ? new RecordComponent[0] : type.getRecordComponents();
    }

    /** Every row in an order; the export reads the given columns by name and the rest through {@link #read}. */
    String select(String orderBy) {
        return "SELECT * FROM " + name + " ORDER BY " + orderBy;
    }

    /**
     * The record of one row: each carried component from its column, the others from {@code byHand}, pairs of a
     * component's name and its value (which may be null), or null.
     */
    R read(ResultSet row, Object... byHand) throws SQLException {
        Map<Object, Object> given = new HashMap<>();
        for (int i = 0; i < byHand.length; i += 2) {
            given.put(byHand[i], byHand[i + 1]);
        }
        RecordComponent[] components = components();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String column = carried.get(components[i].getName());
            values[i] = column != null
                    ? row.getObject(column, boxed(types[i]))
                    : given.get(components[i].getName());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + " from a row of " + name
                    + " with " + Arrays.toString(values), e);
        }
    }

    /** The columns an insert fills: the carried ones, the given ones, then {@code identities}. */
    List<String> columns(String... identities) {
        return Stream.of(carried.values().stream(), given.stream(), Stream.of(identities)).flatMap(s -> s)
                .toList();
    }

    /**
     * Prepares the insert of rows, with the given columns and then the {@code identities} the import keeps (an
     * id the export gives). Fails, naming the columns, when the schema has one that it would leave out.
     */
    Insert<R> insert(Connection db, String... identities) throws SQLException {
        return prepare(db, false, identities);
    }

    /** Like {@link #insert}, for rows inserted one by one, each answering the id the database gave it. */
    Insert<R> insertReturningKeys(Connection db) throws SQLException {
        return prepare(db, true);
    }

    private Insert<R> prepare(Connection db, boolean returningKeys, String... identities) throws SQLException {
        List<String> columns = columns(identities);
        List<String> missing = uncarried(db, columns);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("table " + name + " has columns " + missing + " that the export does"
                    + " not carry: give the record " + (type == null ? "" : type.getSimpleName() + " ")
                    + "a component for each (see Tables)");
        }
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        PreparedStatement insert = returningKeys
                ? db.prepareStatement(sql, new String[]{"id"})
                : db.prepareStatement(sql);
        return new Insert<>(insert, Stream.of(components()).filter(c -> carried.containsKey(c.getName())).toList(),
                given.size() + identities.length);
    }

    /** The table's columns in the schema that {@code columns} leaves out, but for identity columns. */
    List<String> uncarried(Connection db, List<String> columns) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet none = sql.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!meta.isAutoIncrement(i) && !columns.contains(column)) {
                    missing.add(column);
                }
            }
        }
        return missing;
    }

    /** A prepared insert into one table; {@link #flush} writes the rows batched so far. */
    static final class Insert<R extends Record> implements AutoCloseable {

        private final PreparedStatement insert;
        private final List<RecordComponent> carried;
        private final int given;

        private Insert(PreparedStatement insert, List<RecordComponent> carried, int given) {
            this.insert = insert;
            this.carried = carried;
            this.given = given;
        }

        /** Batches a row: the record's carried components, then the given columns' values, in the table's order. */
        void add(R record, Object... givenValues) throws SQLException {
            bind(record, givenValues);
            insert.addBatch();
        }

        /** Batches a row of a table with given columns only. */
        void addRow(Object... givenValues) throws SQLException {
            add(null, givenValues);
        }

        /** Inserts a row at once and answers the key the database gave it. */
        long addReturningKey(R record, Object... givenValues) throws SQLException {
            bind(record, givenValues);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        /** Inserts a row at once, before rows that refer to it. */
        void addNow(R record, Object... givenValues) throws SQLException {
            bind(record, givenValues);
            insert.executeUpdate();
        }

        void flush() throws SQLException {
            insert.executeBatch();
        }

        private void bind(R record, Object[] givenValues) throws SQLException {
            if (givenValues.length != given) {
                throw new IllegalArgumentException(given + " given values expected, not " + givenValues.length);
            }
            int index = 1;
            for (RecordComponent component : carried) {
                try {
                    set(index++, component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            for (Object value : givenValues) {
                set(index++, value);
            }
        }

        private void set(int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, Types.NULL);
            } else {
                insert.setObject(index, value);
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static String snakeCase(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }
}
