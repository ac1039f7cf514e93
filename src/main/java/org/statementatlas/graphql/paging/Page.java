package org.statementatlas.graphql.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of items as the pagination code computes it, before it is shaped into a typed connection.
 *
 * @param totalCount the size of the whole list, or -1 when the client did not ask for it
 */
public record Page<T>(List<T> nodes, Function<T, String> cursorOf, boolean hasNextPage, boolean hasPreviousPage,
        long totalCount) {
}
