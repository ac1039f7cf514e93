package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;

/** How an alternative name refers to a country. */
@Description("How an alternative name refers to a country.")
public enum AliasKind {
    @Description("An alternative or abbreviated name, such as \"DPRK\" or \"UK\".")
    ALIAS, @Description("A demonym, such as \"North Korean\".")
    DEMONYM, @Description("The capital, used in news text for the country's government, such as \"Moscow\".")
    CAPITAL
}
