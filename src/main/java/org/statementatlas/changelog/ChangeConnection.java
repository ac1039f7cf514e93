package org.statementatlas.changelog;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Connection;
import org.statementatlas.graphql.paging.Page;

/** A page of Change items (Relay connection). */
@Description("A page of change-log entries, with cursors and the total count (Relay connection).")
public class ChangeConnection extends Connection<Change, ChangeEdge> {

    public ChangeConnection(Page<Change> page) {
        super(page, ChangeEdge::new);
    }
}
