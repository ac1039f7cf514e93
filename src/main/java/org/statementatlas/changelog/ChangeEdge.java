package org.statementatlas.changelog;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Edge;

/** A Change with its cursor. */
@Description("A change-log entry with its cursor.")
public class ChangeEdge extends Edge<ChangeView> {

    public ChangeEdge(String cursor, ChangeView node) {
        super(cursor, node);
    }
}
