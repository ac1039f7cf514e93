package org.statementatlas.graphql;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One page of a list, shaped as a Relay connection. Resolvers count the whole list only when the client
 * selects {@code totalCount} (see {@link BatchLoader#selects}), so paging does not pay for a count it did
 * not ask for.
 */
public class Connection<T> {

    private final List<T> nodes;
    private final Function<T, String> cursorOf;
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final long totalCount;

    public Connection(List<T> nodes, Function<T, String> cursorOf, boolean hasNextPage, boolean hasPreviousPage,
            long totalCount) {
        this.nodes = List.copyOf(nodes);
        this.cursorOf = cursorOf;
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public List<@NonNull Edge<T>> getEdges() {
        return nodes.stream().map(n -> new Edge<>(cursorOf.apply(n), n)).toList();
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull T> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("Where this page sits in the whole list.")
    public PageInfo getPageInfo() {
        return new PageInfo(hasNextPage, hasPreviousPage,
                nodes.isEmpty() ? null : cursorOf.apply(nodes.get(0)),
                nodes.isEmpty() ? null : cursorOf.apply(nodes.get(nodes.size() - 1)));
    }

    @NonNull
    @Description("Number of items in the whole list, across all pages.")
    public long getTotalCount() {
        return totalCount;
    }
}
