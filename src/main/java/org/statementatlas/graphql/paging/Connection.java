package org.statementatlas.graphql.paging;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.batch.FieldLoader;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One page of a list, shaped as a Relay connection. Each item type has a small concrete subclass (e.g.
 * {@code StatementConnection}) because SmallRye names a generic type after its arguments
 * ("Connection_Statement") rather than by the Relay convention. Resolvers count the whole list only when the
 * client selects {@code totalCount} (see {@link FieldLoader#selects}), so paging does not pay for a count it
 * did not ask for.
 */
@RegisterForReflection(methods = true, fields = false) // inherited fields: see NativeImageClassesTest
public abstract class Connection<T, E extends Edge<T>> {

    private final Page<T> page;
    private final BiFunction<String, T, E> edgeOf;

    protected Connection(Page<T> page, BiFunction<String, T, E> edgeOf) {
        this.page = page;
        this.edgeOf = edgeOf;
    }

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        return page.nodes().stream().map(n -> edgeOf.apply(page.cursorOf().apply(n), n)).toList();
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull T> getNodes() {
        return page.nodes();
    }

    @NonNull
    @Description("Where this page sits in the whole list.")
    public PageInfo getPageInfo() {
        List<T> nodes = page.nodes();
        return new PageInfo(page.hasNextPage(), page.hasPreviousPage(),
                nodes.isEmpty() ? null : page.cursorOf().apply(nodes.get(0)),
                nodes.isEmpty() ? null : page.cursorOf().apply(nodes.get(nodes.size() - 1)));
    }

    @NonNull
    @Description("Number of items in the whole list, across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }
}
