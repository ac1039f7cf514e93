package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Edge;

/** A Country with its cursor. */
@Description("A Country with its cursor.")
public class CountryEdge extends Edge<CountryView> {

    public CountryEdge(String cursor, CountryView node) {
        super(cursor, node);
    }
}
