package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

/** The read model of a country, as the schema serves it; loaded by projection ({@link CountryQueries}). */
@Name("Country")
@Description("A country (every ISO 3166-1 entry) or an organisation, such as the European Union, that signs statements.")
public record CountryView(
        @Ignore Long id,
        @NonNull @Description("ISO 3166-1 alpha-2 code, e.g. \"JP\"; \"EU\" for the European Union. The natural key.") String code,
        @Description("ISO 3166-1 alpha-3 code, e.g. \"JPN\"; null for organisations.") String alpha3,
        @Ignore String name,
        @NonNull @Description("Official English name, e.g. \"Democratic People's Republic of Korea\".") String officialName,
        @NonNull @Description("STATE for countries, ORGANIZATION for bodies such as the EU.") CountryKind kind,
        @Description("UN geoscheme region, e.g. \"Europe\".") String region,
        @Description("UN geoscheme subregion, e.g. \"Eastern Asia\".") String subregion,
        @Description("Flag emoji.") String flag) implements Node, SearchResult {

    @Override
    public String nodeType() {
        return Country.TYPE;
    }
}
