package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Connection;
import org.statementatlas.graphql.paging.Page;

/** A page of Country items (Relay connection). */
@Description("A page of Country items, with cursors and the total count (Relay connection).")
public class CountryConnection extends Connection<CountryView, CountryEdge> {

    public CountryConnection(Page<CountryView> page) {
        super(page, CountryEdge::new);
    }
}
