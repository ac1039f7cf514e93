package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryKind;
import org.statementatlas.graphql.BadUserInputException;
import org.statementatlas.graphql.Batch;
import org.statementatlas.graphql.BatchLoader;
import org.statementatlas.graphql.GlobalId;
import org.statementatlas.graphql.Keyset;
import org.statementatlas.graphql.Page;
import org.statementatlas.graphql.PageRequest;
import org.statementatlas.graphql.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;

/** Queries over statements and their signatures, including the statements a country signed. */
@GraphQLApi
@ApplicationScoped
public class StatementApi {

    static final SortKey<Statement> BY_ISSUED_ON_DESC = new SortKey<>("ISSUED_ON_DESC", "s.issuedOn", true,
            s -> s.issuedOn, LocalDate::parse);

    private final BatchLoader loader;

    StatementApi(BatchLoader loader) {
        this.loader = loader;
    }

    @Query("statements")
    @Description("Statements, newest first.")
    public @NonNull StatementConnection findStatements(
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        return new StatementConnection(Keyset.page(Statement.class, "s", null, Map.of(), BY_ISSUED_ON_DESC,
                PageRequest.of(first, after, BY_ISSUED_ON_DESC.name()), s -> s.id, loader.selects("totalCount")));
    }

    @Query("statement")
    @Description("One statement by global id or by slug (give exactly one), or null if there is none.")
    public Statement findStatement(@Id @Description("Global id of the statement.") String id,
            @Description("Slug of the statement, e.g. \"dprk-russia-joint-statement-2024-05-31\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("Give exactly one of 'id' and 'slug'.", id == null ? "id" : "slug");
        }
        if (slug != null) {
            return Statement.<Statement>find("slug", slug).firstResult();
        }
        return GlobalId.keyOf(id, Statement.TYPE, "id").map(key -> Statement.<Statement>findById(key)).orElse(null);
    }

    @Name("signatories")
    @Description("Who signed, in the order they were first listed, then by name.")
    public CompletionStage<@NonNull List<@NonNull Signature>> signatories(@Source Statement statement,
            @Description("Only signatories first listed on or before this date (ISO 8601). Default: all.") LocalDate asOf) {
        return loader.load(BatchLoader.field("Statement.signatories", asOf), statement.id,
                ids -> Batch.group(Signature.<Signature>find("from Signature g join fetch g.country c"
                        + " where g.statement.id in :ids and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
                        + " order by g.firstListedOn, c.name", Parameters.with("ids", ids).and("asOf", asOf)).list(),
                        g -> g.statement.id, Function.identity()),
                List.of());
    }

    @Name("signatoryCount")
    @Description("Number of signatories, optionally as of a date and of one kind (STATE leaves out organisations such as the EU).")
    public CompletionStage<@NonNull Integer> signatoryCount(@Source Statement statement,
            @Description("Count only signatories first listed on or before this date (ISO 8601).") LocalDate asOf,
            @Description("Count only signatories of this kind.") CountryKind kind) {
        return loader.load(BatchLoader.field("Statement.signatoryCount", asOf, kind), statement.id,
                ids -> Batch.<Long>pairs(em().createQuery("select g.statement.id, count(g) from Signature g"
                        + " where g.statement.id in :ids and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
                        + " and (:kind is null or g.country.kind = :kind) group by g.statement.id", Object[].class)
                        .setParameter("ids", ids).setParameter("asOf", asOf).setParameter("kind", kind)
                        .getResultList()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())),
                0);
    }

    @Name("sources")
    @Description("Official and press pages that publish the statement.")
    public List<@NonNull List<@NonNull StatementSource>> sources(@Source List<Statement> statements) {
        return Batch.inOrder(statements, s -> s.id, Batch.group(em().createQuery(
                "select s.id, src from Statement s join s.sources src where s in :statements order by index(src)",
                Object[].class).setParameter("statements", statements).getResultList(), r -> (Long) r[0],
                r -> (StatementSource) r[1]), List.of());
    }

    @Name("resolutionsCited")
    @Description("UN Security Council resolutions the statement cites, e.g. \"S/RES/1718 (2006)\".")
    public List<@NonNull List<@NonNull String>> resolutionsCited(@Source List<Statement> statements) {
        return Batch.inOrder(statements, s -> s.id, Batch.group(em().createQuery(
                "select s.id, r from Statement s join s.resolutionsCited r where s in :statements order by index(r)",
                Object[].class).setParameter("statements", statements).getResultList(), r -> (Long) r[0],
                r -> (String) r[1]), List.of());
    }

    @Name("issuer")
    @Description("For a national statement, the country that issued it; null for joint statements.")
    public List<Country> issuer(@Source List<Statement> statements) {
        return Batch.inOrder(statements, s -> s.id, Batch.<Country>pairs(em().createQuery(
                "select s.id, c from Statement s join s.issuer c where s in :statements", Object[].class)
                .setParameter("statements", statements).getResultList()), null);
    }

    @Name("statements")
    @Description("The statements the country signed, newest first.")
    public CompletionStage<@NonNull StatementConnection> signedStatements(@Source Country country,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        PageRequest page = PageRequest.of(first, after, BY_ISSUED_ON_DESC.name());
        boolean countTotal = loader.selects("totalCount");
        return loader.load(BatchLoader.field("Country.statements", first, after, countTotal), country.id,
                ids -> signedStatementPages(ids, page, countTotal), null);
    }

    /** One page of signed statements for each country, in a constant number of queries whatever the count. */
    private static Map<Long, StatementConnection> signedStatementPages(Set<Long> countryIds, PageRequest page,
            boolean countTotal) {
        // A window function pages every country at once: no query per country.
        String keyset = page.after() == null
                ? ""
                : " and (st.issued_on < :kv or (st.issued_on = :kv and st.id < :kid))";
        var query = em().createNativeQuery("select country_id, statement_id from (select sig.country_id,"
                + " st.id as statement_id, row_number() over (partition by sig.country_id"
                + " order by st.issued_on desc, st.id desc) as rn"
                + " from signature sig join statement st on st.id = sig.statement_id"
                + " where sig.country_id in (:countries)" + keyset + ") t where rn <= :limit order by country_id, rn",
                Object[].class)
                .setParameter("countries", countryIds)
                .setParameter("limit", page.first() + 1);
        if (page.after() != null) {
            query.setParameter("kv", BY_ISSUED_ON_DESC.parse().apply(page.after().value()))
                    .setParameter("kid", page.after().id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Statement> statements = Statement.<Statement>list("id in ?1",
                rows.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<Long, List<Statement>> pages = Batch.group(rows, r -> ((Number) r[0]).longValue(),
                r -> statements.get(((Number) r[1]).longValue()));
        Map<Long, Long> totals = countTotal
                ? Batch.pairs(em().createQuery("select g.country.id, count(g) from Signature g"
                        + " where g.country.id in :ids group by g.country.id", Object[].class)
                        .setParameter("ids", countryIds).getResultList())
                : Map.of();
        Map<Long, StatementConnection> result = new HashMap<>();
        for (Long countryId : countryIds) {
            List<Statement> items = pages.getOrDefault(countryId, List.of());
            boolean hasNext = items.size() > page.first();
            result.put(countryId, new StatementConnection(new Page<>(hasNext ? items.subList(0, page.first()) : items,
                    s -> BY_ISSUED_ON_DESC.cursorOf(s, s.id).encode(), hasNext, page.after() != null,
                    totals.getOrDefault(countryId, 0L))));
        }
        return result;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
