package org.statementatlas.changelog;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Connection;
import org.statementatlas.graphql.paging.Page;

/** A page of Change items (Relay connection). */
@Description("A page of change-log entries, with cursors and the total count (Relay connection).")
public class ChangeConnection extends Connection<ChangeView, ChangeEdge> {

    public ChangeConnection(Page<ChangeView> page) {
        super(page, ChangeEdge::new);
    }
}
