package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Edge;

/** A Statement with its cursor. */
@Description("A Statement with its cursor.")
public class StatementEdge extends Edge<StatementView> {

    public StatementEdge(String cursor, StatementView node) {
        super(cursor, node);
    }
}
