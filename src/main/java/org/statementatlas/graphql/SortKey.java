package org.statementatlas.graphql;

import java.util.function.Function;

/**
 * One way to order a list for keyset pagination: an HQL expression over the query's root alias, its
 * direction, how to read the value from an item and how to parse it back from a cursor. The root's id
 * always breaks ties, so every ordering is total and pages never skip or repeat an item.
 *
 * @param name stable name written into cursors, e.g. "ISSUED_ON_DESC"
 * @param expression HQL expression of the sort value, e.g. "s.issuedOn"
 * @param descending direction
 * @param valueOf reads the sort value of an item
 * @param parse turns the cursor's string form back into a query parameter
 */
public record SortKey<E>(String name, String expression, boolean descending, Function<E, Object> valueOf,
        Function<String, Object> parse) {

    public String orderBy(String alias) {
        String dir = descending ? " desc" : " asc";
        return expression + dir + ", " + alias + ".id" + dir;
    }

    /** The condition "comes after the cursor" in this ordering. */
    public String after(String alias) {
        String op = descending ? "<" : ">";
        return "(" + expression + " " + op + " :kv or (" + expression + " = :kv and " + alias + ".id " + op + " :kid))";
    }

    public Cursor cursorOf(E item, long id) {
        return new Cursor(name, String.valueOf(valueOf.apply(item)), id);
    }
}
