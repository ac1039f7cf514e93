package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import org.statementatlas.graphql.Connection;
import org.statementatlas.graphql.GlobalId;
import org.statementatlas.graphql.Keyset;
import org.statementatlas.graphql.PageRequest;
import org.statementatlas.graphql.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;

/** Queries over statements and their signatures, including the statements a country signed. */
@GraphQLApi
@ApplicationScoped
public class StatementApi {

    static final SortKey<Statement> BY_ISSUED_ON_DESC = new SortKey<>("ISSUED_ON_DESC", "s.issuedOn", true,
            s -> s.issuedOn, LocalDate::parse);

    @Query("statements")
    @Description("Statements, newest first.")
    public @NonNull Connection<@NonNull Statement> findStatements(
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        return Keyset.page(Statement.class, "s", null, Map.of(), BY_ISSUED_ON_DESC,
                PageRequest.of(first, after, BY_ISSUED_ON_DESC.name()), s -> s.id);
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
    public List<@NonNull List<@NonNull Signature>> signatories(@Source List<Statement> statements,
            @Description("Only signatories first listed on or before this date (ISO 8601). Default: all.") LocalDate asOf) {
        List<Signature> rows = Signature.<Signature>find(
                "from Signature g join fetch g.country c where g.statement in ?1 and g.firstListedOn <= ?2"
                        + " order by g.firstListedOn, c.name",
                statements, asOf == null ? LocalDate.MAX : asOf).list();
        return Batch.groupRows(statements, s -> s.id, rows, g -> g.statement.id, g -> g);
    }

    @Name("signatoryCount")
    @Description("Number of signatories, optionally as of a date and of one kind (STATE leaves out organisations such as the EU).")
    public List<@NonNull Integer> signatoryCount(@Source List<Statement> statements,
            @Description("Count only signatories first listed on or before this date (ISO 8601).") LocalDate asOf,
            @Description("Count only signatories of this kind.") CountryKind kind) {
        List<Object[]> rows = em().createQuery("select g.statement.id, count(g) from Signature g"
                + " where g.statement in :statements and g.firstListedOn <= :asOf"
                + " and (:kind is null or g.country.kind = :kind) group by g.statement.id", Object[].class)
                .setParameter("statements", statements)
                .setParameter("asOf", asOf == null ? LocalDate.MAX : asOf)
                .setParameter("kind", kind)
                .getResultList();
        Map<Long, Integer> counts = rows.stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Long) r[1]).intValue()));
        return Batch.lookup(statements, s -> s.id, counts, 0);
    }

    @Name("sources")
    @Description("Official and press pages that publish the statement.")
    public List<@NonNull List<@NonNull StatementSource>> sources(@Source List<Statement> statements) {
        List<Object[]> rows = em().createQuery(
                "select s.id, src from Statement s join s.sources src where s in :statements order by index(src)",
                Object[].class).setParameter("statements", statements).getResultList();
        return Batch.groupRows(statements, s -> s.id, rows, r -> (Long) r[0], r -> (StatementSource) r[1]);
    }

    @Name("resolutionsCited")
    @Description("UN Security Council resolutions the statement cites, e.g. \"S/RES/1718 (2006)\".")
    public List<@NonNull List<@NonNull String>> resolutionsCited(@Source List<Statement> statements) {
        List<Object[]> rows = em().createQuery(
                "select s.id, r from Statement s join s.resolutionsCited r where s in :statements order by index(r)",
                Object[].class).setParameter("statements", statements).getResultList();
        return Batch.groupRows(statements, s -> s.id, rows, r -> (Long) r[0], r -> (String) r[1]);
    }

    @Name("issuer")
    @Description("For a national statement, the country that issued it; null for joint statements.")
    public List<Country> issuer(@Source List<Statement> statements) {
        List<Object[]> rows = em().createQuery(
                "select s.id, c from Statement s join s.issuer c where s in :statements", Object[].class)
                .setParameter("statements", statements).getResultList();
        Map<Long, Country> issuers = rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Country) r[1]));
        return Batch.lookup(statements, s -> s.id, issuers, null);
    }

    @Name("statements")
    @Description("The statements the country signed, newest first.")
    public List<@NonNull Connection<@NonNull Statement>> signedStatements(@Source List<Country> countries,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        PageRequest page = PageRequest.of(first, after, BY_ISSUED_ON_DESC.name());
        List<Long> countryIds = countries.stream().map(c -> c.id).toList();
        // One windowed query pages all parents at once, so the SQL count stays flat however many countries.
        String keyset = page.after() == null
                ? ""
                : " and (st.issued_on < :kv or (st.issued_on = :kv and st.id < :kid))";
        var query = em().createNativeQuery("select country_id, statement_id from (select sig.country_id, st.id as statement_id,"
                + " row_number() over (partition by sig.country_id order by st.issued_on desc, st.id desc) as rn"
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
        Map<Long, Statement> byId = Statement.<Statement>list("id in ?1",
                rows.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<List<Statement>> pages = Batch.groupRows(countries, c -> c.id, rows, r -> ((Number) r[0]).longValue(),
                r -> byId.get(((Number) r[1]).longValue()));
        // Counted once for all parents, and only if a client selects totalCount.
        Supplier<Map<Long, Long>> totals = Batch.once(() -> em().createQuery("select g.country.id, count(g)"
                + " from Signature g where g.country.id in :countries group by g.country.id", Object[].class)
                .setParameter("countries", countryIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1])));
        return IntStream.range(0, countries.size()).mapToObj(i -> {
            List<Statement> items = pages.get(i);
            long countryId = countryIds.get(i);
            boolean hasNext = items.size() > page.first();
            return new Connection<>(hasNext ? items.subList(0, page.first()) : items,
                    s -> BY_ISSUED_ON_DESC.cursorOf(s, s.id).encode(), hasNext, page.after() != null,
                    () -> totals.get().getOrDefault(countryId, 0L));
        }).toList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
