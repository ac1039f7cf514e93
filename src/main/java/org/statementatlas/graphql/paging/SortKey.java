package org.statementatlas.graphql.paging;

import java.util.function.Function;

/**
 * One way to order a list for keyset pagination: an HQL expression over the query's root alias, its
 * direction, and how to parse its value back from a cursor. The root's id always breaks ties, so every
 * ordering is total and pages never skip or repeat an item. The expression is selected with each row, so
 * it may be computed (e.g. a count subquery) and need not be a field of the item.
 *
 * @param name stable name written into cursors, e.g. "ISSUED_ON_DESC"; a cursor only fits its ordering
 * @param expression HQL expression of the sort value, e.g. "s.issuedOn"; must never be null
 * @param descending direction
 * @param parse turns the cursor's string form of a value back into a query parameter
 */
public record SortKey(String name, String expression, boolean descending, Function<String, Object> parse) {

    /** The ORDER BY clause, reversed when paging backward. */
    String orderBy(String alias, boolean reversed) {
        String dir = descending != reversed ? " desc" : " asc";
        return expression + dir + ", " + alias + ".id" + dir;
    }

    /** The condition "comes after (or before) the cursor" in this ordering, with its parameters named by prefix. */
    String beyond(String alias, boolean after, String prefix) {
        String op = descending == after ? "<" : ">";
        return "(" + expression + " " + op + " :" + prefix + "v or (" + expression + " = :" + prefix + "v and " + alias
                + ".id " + op + " :" + prefix + "id))";
    }
}
