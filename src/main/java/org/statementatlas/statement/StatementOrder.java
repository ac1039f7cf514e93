package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.paging.OrderDirection;

/** How to order statements; ties are broken by id so that pages are stable. */
@Input("StatementOrder")
@Description("How to order statements. Ties are broken by id, so pages are stable.")
public class StatementOrder {

    @NonNull
    @Description("The field to order by.")
    public StatementOrderField field = StatementOrderField.ISSUED_ON;

    @NonNull
    @Description("The direction.")
    public OrderDirection direction = OrderDirection.DESC;
}
