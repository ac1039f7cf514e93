package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Edge;

/** A Statement with its cursor. */
@Description("A Statement with its cursor.")
public class StatementEdge extends Edge<Statement> {

    public StatementEdge(String cursor, Statement node) {
        super(cursor, node);
    }
}
