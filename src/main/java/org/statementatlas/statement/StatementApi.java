package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.hibernate.jpa.HibernateHints;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryCodes;
import org.statementatlas.country.CountryGroup;
import org.statementatlas.country.CountryKind;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;

/** Queries over statements and signatures, and the country fields computed from signatures. */
@GraphQLApi
@ApplicationScoped
public class StatementApi {

    private final FieldLoader loader;

    StatementApi(FieldLoader loader) {
        this.loader = loader;
    }

    @Query("statements")
    @Description("Statements matching a filter, newest first unless ordered otherwise. Page forward with first/after, backward with last/before.")
    public @NonNull StatementConnection findStatements(@Description("Which statements to list.") StatementFilter filter,
            @Description("Order; default ISSUED_ON DESC.") StatementOrder orderBy,
            @Description("Page size when paging forward: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after,
            @Description("Page size when paging backward: 1 to 100.") Integer last,
            @Description("Return the items before this cursor.") String before) {
        SortKey key = sortKey(orderBy);
        return new StatementConnection(Keyset.page(Statement.class, "s", where(filter), key,
                PageRequest.of(first, after, last, before, key.name()), s -> s.id, loader.selects("totalCount")));
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
        return loader.load(FieldLoader.field("Statement.signatories", asOf), statement.id,
                ids -> Batch.group(Signature.<Signature>find("from Signature g join fetch g.country c"
                        + " where g.statement.id in :ids and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
                        + " order by g.firstListedOn, c.name", Parameters.with("ids", ids).and("asOf", asOf))
                        // Read-only: hundreds of rows per answer, and no dirty-checking snapshot is kept for them.
                        .withHint(HibernateHints.HINT_READ_ONLY, true).list(),
                        g -> g.statement.id, Function.identity()),
                List.of());
    }

    @Name("signatoryCount")
    @Description("Number of signatories, optionally as of a date and of one kind (STATE leaves out organisations such as the EU).")
    public CompletionStage<@NonNull Integer> signatoryCount(@Source Statement statement,
            @Description("Count only signatories first listed on or before this date (ISO 8601).") LocalDate asOf,
            @Description("Count only signatories of this kind.") CountryKind kind) {
        return loader.load(FieldLoader.field("Statement.signatoryCount", asOf, kind), statement.id,
                ids -> Batch.<Long>pairs(em().createQuery("select g.statement.id, count(g) from Signature g"
                        + " where g.statement.id in :ids and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
                        + " and (:kind is null or g.country.kind = :kind) group by g.statement.id", Object[].class)
                        .setParameter("ids", ids).setParameter("asOf", asOf).setParameter("kind", kind)
                        .getResultList()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())),
                0);
    }

    @Name("nonSignatories")
    @Description("Countries that did not sign, by name: the members of a group (as of the issue date, e.g. group: \"EU\"), or, without a group, every state.")
    public CompletionStage<@NonNull List<@NonNull Country>> nonSignatories(@Source Statement statement,
            @Description("Code of a country group, e.g. \"EU\", \"G7\", \"NATO\" (any case).") String group) {
        String groupCode = group == null ? null : group.strip().toUpperCase(Locale.ROOT);
        return loader.load(FieldLoader.field("Statement.nonSignatories", groupCode), statement.id, ids -> {
            // Resolved inside the batch, which runs off the event loop where database access is allowed.
            Long groupId = groupCode == null
                    ? null
                    : CountryGroup.findByCode(groupCode).map(g -> g.id).orElseThrow(
                            () -> new BadUserInputException("Unknown country group '" + group + "'.", "group"));
            TypedQuery<Object[]> query = em().createQuery("select s.id, c " + (groupId == null
                    ? "from Statement s, Country c where c.kind = org.statementatlas.country.CountryKind.STATE"
                    : "from Statement s, GroupMembership m join m.country c where m.group.id = :group"
                            + " and (m.joinedOn is null or m.joinedOn <= s.issuedOn)")
                    + " and s.id in :ids and not exists (select 1 from Signature g where g.statement = s and g.country = c)"
                    + " order by c.name", Object[].class).setParameter("ids", ids);
            if (groupId != null) {
                query.setParameter("group", groupId);
            }
            return Batch.group(query.getResultList(), r -> (Long) r[0], r -> (Country) r[1]);
        }, List.of());
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

    @Name("signedCount")
    @Description("Number of statements the country signed (disputed signatures included).")
    public List<@NonNull Integer> signedCount(@Source List<Country> countries) {
        Map<Long, Long> counts = Batch.pairs(em().createQuery("select g.country.id, count(g) from Signature g"
                + " where g.country in :countries group by g.country.id", Object[].class)
                .setParameter("countries", countries).getResultList());
        return Batch.inOrder(countries, c -> c.id, counts, 0L).stream().map(Long::intValue).toList();
    }

    @Name("coSignatories")
    @Description("The countries that signed the same statements most often, by number of shared statements, then by name.")
    public CompletionStage<@NonNull List<@NonNull CoSignatory>> coSignatories(@Source Country country,
            @Description("How many co-signatories: 1 to 100, default 10.") @DefaultValue("10") int first) {
        if (first < 1 || first > PageRequest.MAX_SIZE) {
            throw new BadUserInputException("Argument 'first' must be between 1 and " + PageRequest.MAX_SIZE + ", got "
                    + first + ".", "first");
        }
        boolean withStatements = loader.selects("statements");
        return loader.load(FieldLoader.field("Country.coSignatories", first, withStatements), country.id,
                ids -> coSignatories(ids, first, withStatements), List.of());
    }

    /**
     * The co-signatories of each country, counted in SQL: one row per (country, co-signer), so the work in Java
     * grows with the answer, not with the number of signatures. The shared statements are loaded only when asked
     * for, and only for the co-signers in the answer.
     */
    private Map<Long, List<CoSignatory>> coSignatories(Set<Long> ids, int first, boolean withStatements) {
        List<Object[]> counts = em().createQuery("select mine.country.id, c, count(*) from Signature mine"
                + " join Signature theirs on theirs.statement = mine.statement and theirs.country <> mine.country"
                + " join theirs.country c where mine.country.id in :ids group by mine.country.id, c", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<Object[]>> top = new HashMap<>();
        Batch.group(counts, row -> (Long) row[0], Function.identity()).forEach((id, rows) -> top.put(id, rows.stream()
                .sorted(Comparator.<Object[]>comparingLong(row -> (Long) row[2]).reversed()
                        .thenComparing(row -> ((Country) row[1]).name))
                .limit(first).toList()));
        Map<List<Long>, List<Statement>> shared = withStatements ? sharedStatements(top) : Map.of();
        Map<Long, List<CoSignatory>> result = new HashMap<>();
        top.forEach((id, rows) -> result.put(id, rows.stream().map(row -> {
            Country other = (Country) row[1];
            return new CoSignatory(other, ((Long) row[2]).intValue(),
                    shared.getOrDefault(List.of(id, other.id), List.of()));
        }).toList()));
        return result;
    }

    /** The statements each (country, co-signer) pair signed, newest first, keyed by the pair of ids. */
    private Map<List<Long>, List<Statement>> sharedStatements(Map<Long, List<Object[]>> top) {
        Set<Long> others = top.values().stream().flatMap(List::stream).map(row -> ((Country) row[1]).id)
                .collect(Collectors.toSet());
        if (others.isEmpty()) {
            return Map.of();
        }
        Map<List<Long>, List<Statement>> shared = new HashMap<>();
        em().createQuery("select mine.country.id, theirs.country.id, s from Signature mine join Signature theirs"
                + " on theirs.statement = mine.statement and theirs.country <> mine.country join mine.statement s"
                + " where mine.country.id in :ids and theirs.country.id in :others order by s.issuedOn desc, s.id desc",
                Object[].class).setParameter("ids", top.keySet()).setParameter("others", others).getResultList()
                .forEach(row -> shared.computeIfAbsent(List.of((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
                        .add((Statement) row[2]));
        return shared;
    }

    @Name("statements")
    @Description("The statements the country signed, matching a filter, newest first unless ordered otherwise.")
    public CompletionStage<@NonNull StatementConnection> signedStatements(@Source Country country,
            @Description("Which of its statements to list.") StatementFilter filter,
            @Description("Order; default ISSUED_ON DESC.") StatementOrder orderBy,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        SortKey key = sortKey(orderBy);
        PageRequest page = PageRequest.of(first, after, key.name());
        boolean countTotal = loader.selects("totalCount");
        return loader.load(FieldLoader.field("Country.statements", filter, key.name(), first, after, countTotal),
                country.id, ids -> Keyset.pagesPerParent(Statement.class, "s", "Signature g join g.statement s",
                        "g.country.id", ids, where(filter), key, page, s -> s.id, countTotal, StatementConnection::new),
                null);
    }

    /** The ordering of a StatementOrder input; cursors name it, so they are only valid for the same order. */
    static SortKey sortKey(StatementOrder order) {
        StatementOrderField field = order == null ? StatementOrderField.ISSUED_ON : order.field;
        boolean descending = order == null || order.direction == OrderDirection.DESC;
        String name = "Statement." + field + "." + (descending ? "DESC" : "ASC");
        return switch (field) {
            case ISSUED_ON -> new SortKey(name, "s.issuedOn", descending, LocalDate::parse);
            case TITLE -> new SortKey(name, "lower(s.title)", descending, v -> v);
            case SIGNATORY_COUNT -> new SortKey(name, "(select count(g) from Signature g where g.statement = s)",
                    descending, Long::valueOf);
        };
    }

    /** The HQL condition (over alias {@code s}) of a StatementFilter input. */
    static Keyset.Where where(StatementFilter filter) {
        if (filter == null) {
            return Keyset.Where.ALL;
        }
        if (filter.issuedAfter() != null && filter.issuedBefore() != null
                && filter.issuedAfter().isAfter(filter.issuedBefore())) {
            throw new BadUserInputException("'issuedAfter' is later than 'issuedBefore'.", "issuedAfter");
        }
        List<String> all = CountryCodes.ofFilter(filter.signedByAll(), "signedByAll");
        return new Conditions()
                .add(CountryCodes.ofFilter(filter.signedBy(), "signedBy"),
                        "exists (select 1 from Signature g where g.statement = s"
                                + " and g.country.code in :signedBy)",
                        "signedBy")
                .add(all, "(select count(g) from Signature g where g.statement = s and g.country.code in :signedByAll)"
                        + " = :signedByAllCount", "signedByAll")
                .param("signedByAllCount", all == null ? null : (long) all.size())
                .add(CountryCodes.ofFilter(filter.notSignedBy(), "notSignedBy"), "not exists (select 1 from Signature g"
                        + " where g.statement = s and g.country.code in :notSignedBy)", "notSignedBy")
                .add(filter.kind(), "s.kind = :kind", "kind")
                .add(filter.issuedAfter(), "s.issuedOn >= :issuedAfter", "issuedAfter")
                .add(filter.issuedBefore(), "s.issuedOn <= :issuedBefore", "issuedBefore")
                .text(filter.text(), "text", "s.title", "s.summary", "s.text")
                .build();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
