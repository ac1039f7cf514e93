package org.statementatlas.graphql.paging;

import org.eclipse.microprofile.graphql.Description;

/** Sort direction of an ordering input. */
@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest, earliest or A first.")
    ASC, @Description("Largest, latest or Z first.")
    DESC
}
