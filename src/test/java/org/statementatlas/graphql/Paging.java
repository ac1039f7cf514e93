package org.statementatlas.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Walks a connection page by page, forward or backward, the way a client would. */
public final class Paging {

    private Paging() {
    }

    /**
     * Collects one field of every node by paging through {@code field} of the query root.
     *
     * @param list the root field, e.g. "statements"
     * @param arguments extra arguments, e.g. "orderBy: {field: TITLE, direction: ASC}"
     * @param nodeField the node field to collect, e.g. "slug"
     * @param backward page with last/before from the end instead of first/after
     */
    public static List<String> walk(String list, String arguments, String nodeField, int pageSize, boolean backward) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 300; pages++) {
            String paging = backward ? "last: $n, before: $cursor" : "first: $n, after: $cursor";
            var page = ok("query($n: Int, $cursor: String) { " + list + "(" + paging
                    + (arguments.isEmpty() ? "" : ", " + arguments) + ") { nodes { " + nodeField
                    + " } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                    "n", pageSize, "cursor", cursor).extract();
            List<String> values = page.path("data." + list + ".nodes." + nodeField);
            assertTrue(values.size() <= pageSize);
            if (backward) {
                List<String> reversed = new ArrayList<>(values);
                Collections.reverse(reversed);
                seen.addAll(reversed);
            } else {
                seen.addAll(values);
            }
            boolean more = page.path("data." + list + ".pageInfo." + (backward ? "hasPreviousPage" : "hasNextPage"));
            if (!more) {
                if (backward) {
                    Collections.reverse(seen);
                }
                return seen;
            }
            cursor = page.path("data." + list + ".pageInfo." + (backward ? "startCursor" : "endCursor"));
        }
        throw new AssertionError("paging did not end");
    }
}
