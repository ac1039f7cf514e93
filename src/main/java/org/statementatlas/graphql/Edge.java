package org.statementatlas.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a connection with its cursor. */
@Description("An item of a list together with its cursor.")
public record Edge<T>(
        @NonNull @Description("Opaque cursor of this item, for 'after' and 'before'.") String cursor,
        @NonNull @Description("The item.") T node) {
}
