package org.statementatlas.graphql.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One item of a connection with its cursor; each item type has a concrete subclass, e.g. StatementEdge. */
@RegisterForReflection(methods = true, fields = false) // inherited fields: see NativeImageClassesTest
public abstract class Edge<T> {

    private final String cursor;
    private final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as 'after' to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }
}
