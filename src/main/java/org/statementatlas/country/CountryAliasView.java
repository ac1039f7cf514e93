package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The read model of one alternative name of a country. */
@Name("CountryAlias")
@Description("An alternative name of a country, used to recognise it in text.")
public record CountryAliasView(
        @NonNull @Description("The alternative name as written, e.g. \"DPRK\".") String text,
        @NonNull @Description("How the name refers to the country.") AliasKind kind) {
}
