package org.statementatlas.country.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.country.CountryConnection;
import org.statementatlas.country.CountryFilter;
import org.statementatlas.country.CountryOrder;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.statement.StatementQueries;

/** The country queries of the Query type; the fields of Country itself are in {@link CountryResolver}. */
@GraphQLApi
@ApplicationScoped
public class CountryApi {

    private final FieldLoader loader;

    CountryApi(FieldLoader loader) {
        this.loader = loader;
    }

    @Query("countries")
    @Description("Countries and signing organisations matching a filter, by name unless ordered otherwise. Page forward with first/after, backward with last/before.")
    public @NonNull CountryConnection findCountries(@Description("Which countries to list.") CountryFilter filter,
            @Description("Order; default NAME ASC.") CountryOrder orderBy,
            @Description("Page size when paging forward: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after,
            @Description("Page size when paging backward: 1 to 100.") Integer last,
            @Description("Return the items before this cursor.") String before) {
        return new CountryConnection(
                CountryQueries.page(filter, orderBy, StatementQueries.COUNTRY_TERMS, first, after, last, before,
                        loader.selects("totalCount")));
    }

    @Query("country")
    @Description("A country or organisation by its ISO 3166-1 alpha-2 code (any case), or null if there is none.")
    public CountryView findCountry(@NonNull @Description("ISO 3166-1 alpha-2 code, e.g. \"JP\", or \"EU\".") String code) {
        return CountryQueries.byCode(code).orElse(null);
    }
}
