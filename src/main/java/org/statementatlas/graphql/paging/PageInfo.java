package org.statementatlas.graphql.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information for a connection. */
@Description("Where this page sits in the whole list (Relay PageInfo).")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; pass it as 'after' to get the next page. Null when the page is empty.") String endCursor) {
}
