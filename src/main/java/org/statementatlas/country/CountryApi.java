package org.statementatlas.country;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SortKey;

/** Queries over countries, and the country fields that need their own (batched) lookups. */
@GraphQLApi
@ApplicationScoped
public class CountryApi {

    /** The GraphQL type name of statements, whose ids the filters accept. */
    private static final String STATEMENT_TYPE = "Statement";

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
        SortKey key = sortKey(orderBy);
        return new CountryConnection(Keyset.page(Country.class, "c", where(filter), key,
                PageRequest.of(first, after, last, before, key.name()), c -> c.id, loader.selects("totalCount")));
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

    static SortKey sortKey(CountryOrder order) {
        CountryOrderField field = order == null ? CountryOrderField.NAME : order.field;
        boolean descending = order != null && order.direction == OrderDirection.DESC;
        String name = "Country." + field + "." + (descending ? "DESC" : "ASC");
        return switch (field) {
            case NAME -> new SortKey(name, "c.name", descending, v -> v);
            case CODE -> new SortKey(name, "c.code", descending, v -> v);
            case SIGNED_COUNT -> new SortKey(name, "(select count(g) from Signature g where g.country = c)", descending,
                    Long::valueOf);
        };
    }

    /**
     * The HQL condition (over alias {@code c}) of a CountryFilter input. Statements are referred to by entity
     * name only: this package sits below {@code statement} and must not import it.
     */
    static Keyset.Where where(CountryFilter filter) {
        if (filter == null) {
            return Keyset.Where.ALL;
        }
        Long group = filter.group() == null
                ? null
                : CountryGroup.findByCode(filter.group()).map(g -> g.id).orElseThrow(
                        () -> new BadUserInputException("Unknown country group '" + filter.group() + "'.", "group"));
        return new Conditions()
                .add(filter.kind(), "c.kind = :kind", "kind")
                .add(filter.region() == null ? null : filter.region().strip().toLowerCase(Locale.ROOT),
                        "lower(c.region) = :region", "region")
                .add(group, "exists (select 1 from GroupMembership m where m.country = c and m.group.id = :group)", "group")
                .add(statementKey(filter.signed(), "signed"),
                        "exists (select 1 from Signature g where g.country = c and g.statement.id = :signed)", "signed")
                .add(statementKey(filter.notSigned(), "notSigned"),
                        "not exists (select 1 from Signature g where g.country = c and g.statement.id = :notSigned)",
                        "notSigned")
                .add(Conditions.containsPattern(filter.text(), "text"), "(lower(c.name) like :text escape '\\'"
                        + " or lower(c.officialName) like :text escape '\\'"
                        + " or exists (select 1 from Country a join a.aliases al where a = c"
                        + " and lower(al.text) like :text escape '\\'))", "text")
                .build();
    }

    /** The key of a statement id in a filter; an unknown or foreign id matches no statement. */
    private static Long statementKey(String id, String argument) {
        return id == null ? null : GlobalId.keyOf(id, STATEMENT_TYPE, argument).orElse(-1L);
    }
}
