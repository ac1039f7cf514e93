package org.statementatlas.country;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.Batch;
import org.statementatlas.graphql.BatchLoader;
import org.statementatlas.graphql.Keyset;
import org.statementatlas.graphql.PageRequest;
import org.statementatlas.graphql.SortKey;

/** Queries over countries, and the country fields that need their own (batched) lookups. */
@GraphQLApi
@ApplicationScoped
public class CountryApi {

    private final BatchLoader loader;

    CountryApi(BatchLoader loader) {
        this.loader = loader;
    }

    static final SortKey<Country> BY_NAME = new SortKey<>("NAME_ASC", "c.name", false, c -> c.name, v -> v);

    @Query("countries")
    @Description("All countries and signing organisations, ordered by name.")
    public @NonNull CountryConnection findCountries(
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        return new CountryConnection(
                Keyset.page(Country.class, "c", null, Map.of(), BY_NAME, PageRequest.of(first, after, BY_NAME.name()),
                        c -> c.id, loader.selects("totalCount")));
    }

    @Query("country")
    @Description("A country or organisation by its ISO 3166-1 alpha-2 code (any case), or null if there is none.")
    public Country findCountry(@NonNull @Description("ISO 3166-1 alpha-2 code, e.g. \"JP\", or \"EU\".") String code) {
        return Country.findByCode(code).orElse(null);
    }

    @Name("aliases")
    @Description("Other names the country goes by in text: alternative names, demonyms and capitals.")
    public List<@NonNull List<@NonNull CountryAlias>> aliases(@Source List<Country> countries) {
        return Batch.inOrder(countries, c -> c.id, Batch.group(Country.getEntityManager()
                .createQuery("select c.id, a from Country c join c.aliases a where c in :countries order by a.kind, a.text",
                        Object[].class)
                .setParameter("countries", countries).getResultList(), r -> (Long) r[0], r -> (CountryAlias) r[1]),
                List.of());
    }

    @Name("groups")
    @Description("The groups (EU, G7, NATO, ...) the country belongs to, ordered by code.")
    public List<@NonNull List<@NonNull CountryGroup>> groups(@Source List<Country> countries) {
        return Batch.inOrder(countries, c -> c.id, Batch.group(GroupMembership.<GroupMembership>find(
                "from GroupMembership m join fetch m.group g where m.country in ?1 order by g.code", countries).list(),
                m -> m.country.id, m -> m.group), List.of());
    }
}
