package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Connection;
import org.statementatlas.graphql.paging.Page;

/** A page of Statement items (Relay connection). */
@Description("A page of Statement items, with cursors and the total count (Relay connection).")
public class StatementConnection extends Connection<StatementView, StatementEdge> {

    public StatementConnection(Page<StatementView> page) {
        super(page, StatementEdge::new);
    }
}
