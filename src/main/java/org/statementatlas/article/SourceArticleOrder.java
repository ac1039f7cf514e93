package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.paging.OrderDirection;

/** How to order articles; ties are broken by id so that pages are stable. */
@Input("SourceArticleOrder")
@Description("How to order articles. Ties are broken by id, so pages are stable.")
public class SourceArticleOrder {

    @NonNull
    @Description("The field to order by.")
    public SourceArticleOrderField field = SourceArticleOrderField.PUBLISHED_ON;

    @NonNull
    @Description("The direction.")
    public OrderDirection direction = OrderDirection.DESC;
}
