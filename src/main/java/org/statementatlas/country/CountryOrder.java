package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.paging.OrderDirection;

/** How to order countries; ties are broken by id so that pages are stable. */
@Input("CountryOrder")
@Description("How to order countries. Ties are broken by id, so pages are stable.")
public class CountryOrder {

    @NonNull
    @Description("The field to order by.")
    public CountryOrderField field = CountryOrderField.NAME;

    @NonNull
    @Description("The direction.")
    public OrderDirection direction = OrderDirection.ASC;
}
