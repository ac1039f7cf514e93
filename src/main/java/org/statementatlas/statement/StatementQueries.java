package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.statementatlas.country.CountryCodes;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.Page;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SearchScores;
import org.statementatlas.graphql.paging.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Every query over statements, signatures and sources: the one place that holds their HQL. Read answers are read models
 * built by projection ({@link StatementView}, {@link SignatureView}, ...), never managed entities; only the lookups of
 * the write path (mutations, ingestion) return entities, for the caller to change. The query strings are constants (or
 * built from constants per filter shape), so Hibernate's query plan cache serves them.
 */
public final class StatementQueries {

    /** A {@link StatementView} over a Statement alias {@code s}, for the queries of other domains that join statements. */
    public static final String VIEW = "new org.statementatlas.statement.StatementView(s.id, s.slug, s.title, s.kind,"
            + " s.issuedOn, s.issuedIn, s.signerRole, s.summary, s.text, s.version)";

    static final Keyset.Rows<StatementView> ROWS = new Keyset.Rows<>("Statement", "s", VIEW, StatementView.class,
            StatementView::id);

    private static final String BY_SLUG = "select " + VIEW + " from Statement s where s.slug = :slug";
    private static final String BY_IDS = "select " + VIEW + " from Statement s where ids_contain(:ids, s.id)";
    private static final String NON_SIGNATORY_STATES = "select s.id, " + CountryQueries.VIEW
            + " from Statement s, Country c where c.kind = org.statementatlas.country.CountryKind.STATE"
            + " and ids_contain(:ids, s.id) and not exists (select 1 from Signature g where g.statement = s and g.country = c)"
            + " order by c.name";
    private static final String NON_SIGNATORY_MEMBERS = "select s.id, " + CountryQueries.VIEW
            + " from Statement s, GroupMembership m join m.country c where m.group.id = :group"
            + " and (m.joinedOn is null or m.joinedOn <= s.issuedOn)"
            + " and ids_contain(:ids, s.id) and not exists (select 1 from Signature g where g.statement = s and g.country = c)"
            + " order by c.name";
    private static final String SOURCES = "select s.id, new org.statementatlas.statement.StatementSourceView(src.url,"
            + " src.publisher, src.listedOn, src.note) from Statement s join s.sources src where ids_contain(:ids, s.id)"
            + " order by index(src)";
    private static final String RESOLUTIONS = "select s.id, r from Statement s join s.resolutionsCited r"
            + " where ids_contain(:ids, s.id) order by index(r)";
    private static final String ISSUER = "select s.id, " + CountryQueries.VIEW
            + " from Statement s join s.issuer c where ids_contain(:ids, s.id)";
    private static final String SIGNED_COUNT = "select g.country.id, count(g) from Signature g"
            + " where ids_contain(:ids, g.country.id) group by g.country.id";
    private static final String CO_SIGNER_COUNTS = "select mine.country.id, theirs.country.id, count(*)"
            + " from Signature mine join Signature theirs on theirs.statement = mine.statement"
            + " and theirs.country <> mine.country where ids_contain(:ids, mine.country.id)"
            + " group by mine.country.id, theirs.country.id";
    private static final String SHARED = "select mine.country.id, theirs.country.id, " + VIEW
            + " from Signature mine join Signature theirs on theirs.statement = mine.statement"
            + " and theirs.country <> mine.country join mine.statement s"
            + " where ids_contain(:ids, mine.country.id) and ids_contain(:others, theirs.country.id) order by s.issuedOn desc, s.id desc";
    /** What country lists filter and order by about signatures ({@link CountryQueries.SignatureTerms}). */
    public static final CountryQueries.SignatureTerms COUNTRY_TERMS = new CountryQueries.SignatureTerms(
            "exists (select 1 from Signature g where g.country = c and g.statement.id = :signed)",
            "not exists (select 1 from Signature g where g.country = c and g.statement.id = :notSigned)",
            "(select count(g) from Signature g where g.country = c)");

    private static final String ALL_RESOLUTIONS = "select s.id, r from Statement s join s.resolutionsCited r";
    private static final String ALL_BY_ISSUE_DATE = "from Statement s order by s.issuedOn, s.id";
    private static final String SEARCH = SearchScores.ranked("select s.id as id, max(case"
            + " when lower(s.title) = :exact or lower(s.slug) = :exact then 95"
            + " when lower(s.title) like :prefix escape '\\' then 75"
            + " when lower(s.title) like :contains escape '\\' then 70"
            + " when lower(s.summary) like :contains escape '\\' then 40 else 0 end) as score"
            + " from Statement s group by s.id");
    /**
     * PostgreSQL: the candidates come from the GIN and expression indexes of the postgresql migrations (an exact
     * slug, or all words as prefixes), and only they are scored, on the same scale as {@link #SEARCH}.
     */
    private static final String SEARCH_FULL_TEXT = SearchScores.ranked("select s.id as id, max(case"
            + " when lower(s.title) = :exact or s.slug = :exact then 95"
            + " when lower(s.title) like :prefix escape '\\' then 75"
            + " when fulltext(s.title, :query) then 70"
            + " when fulltext(s.summary, :query) then 40 else 0 end) as score"
            + " from Statement s where s.slug = :exact or fulltext(s.title, s.summary, s.text, :query)"
            + " group by s.id");

    private StatementQueries() {
    }

    /** One page of statements. */
    public static Page<StatementView> page(StatementFilter filter, StatementOrder order,
            Integer first, String after, Integer last, String before, boolean countTotal) {
        SortKey key = sortKey(order);
        return Keyset.page(ROWS, where(filter), key, PageRequest.of(first, after, last, before, key.name()), countTotal);
    }

    /** One page of the statements each country signed, by country id. */
    public static Map<Long, StatementConnection> signedBy(Set<Long> countryIds, StatementFilter filter,
            StatementOrder order, Integer first, String after, boolean countTotal) {
        SortKey key = sortKey(order);
        return Keyset.pagesPerParent(ROWS, "Signature g join g.statement s", "g.country.id", countryIds, where(filter),
                key, PageRequest.of(first, after, key.name()), countTotal, StatementConnection::new);
    }

    /** The cache key of a statements page: the ordering and filter it was asked with. */
    public static String orderName(StatementOrder order) {
        return sortKey(order).name();
    }

    public static Optional<StatementView> bySlug(String slug) {
        return em().createQuery(BY_SLUG, StatementView.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    public static Optional<StatementView> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    public static List<StatementView> byIds(Collection<Long> ids) {
        return em().createQuery(BY_IDS, StatementView.class).setParameter("ids", Batch.ids(ids)).getResultList();
    }

    /** Each statement's signatures (first listed on or before {@code asOf}, when given), by statement id. */

    /** The states (no group code) or group members (as of the issue date) that did not sign, by statement id. */
    public static Map<Long, List<CountryView>> nonSignatories(Set<Long> ids, String groupCode) {
        TypedQuery<Object[]> query;
        if (groupCode == null) {
            query = em().createQuery(NON_SIGNATORY_STATES, Object[].class);
        } else {
            query = em().createQuery(NON_SIGNATORY_MEMBERS, Object[].class)
                    .setParameter("group", CountryQueries.groupId(groupCode, "group"));
        }
        return Batch.group(query.setParameter("ids", Batch.ids(ids)).getResultList(), r -> (Long) r[0],
                r -> (CountryView) r[1]);
    }

    public static Map<Long, List<StatementSourceView>> sources(Collection<Long> ids) {
        return Batch.group(em().createQuery(SOURCES, Object[].class).setParameter("ids", Batch.ids(ids)).getResultList(),
                r -> (Long) r[0], r -> (StatementSourceView) r[1]);
    }

    public static Map<Long, List<String>> resolutionsCited(Collection<Long> ids) {
        return Batch.group(em().createQuery(RESOLUTIONS, Object[].class).setParameter("ids", Batch.ids(ids)).getResultList(),
                r -> (Long) r[0], r -> (String) r[1]);
    }

    public static Map<Long, CountryView> issuers(Collection<Long> ids) {
        return Batch.pairs(em().createQuery(ISSUER, Object[].class).setParameter("ids", Batch.ids(ids)).getResultList());
    }

    /** The number of statements each country signed, by country id. */
    public static Map<Long, Long> signedCounts(Collection<Long> countryIds) {
        return Batch.pairs(em().createQuery(SIGNED_COUNT, Object[].class).setParameter("ids", Batch.ids(countryIds))
                .getResultList());
    }

    /**
     * The co-signatories of each country, counted in SQL: one row per (country, co-signer), so the work in Java
     * grows with the answer, not with the number of signatures. The co-signers and, when asked for, the shared
     * statements are loaded only for the co-signers in the answer.
     */
    public static Map<Long, List<CoSignatory>> coSignatories(Set<Long> ids, int first, boolean withStatements) {
        Map<Long, List<Object[]>> counts = Batch.group(em().createQuery(CO_SIGNER_COUNTS, Object[].class)
                .setParameter("ids", Batch.ids(ids)).getResultList(), row -> (Long) row[0], Function.identity());
        Set<Long> others = counts.values().stream().flatMap(List::stream).map(row -> (Long) row[1])
                .collect(Collectors.toSet());
        // Run even for no ids, so that the statement count of a request does not depend on the data.
        Map<Long, CountryView> countries = CountryQueries.byIds(others.isEmpty() ? Set.of(-1L) : others).stream()
                .collect(Collectors.toMap(CountryView::id, c -> c));
        Map<Long, List<Object[]>> top = new HashMap<>();
        counts.forEach((id, rows) -> top.put(id, rows.stream()
                .sorted(Comparator.<Object[]>comparingLong(row -> (Long) row[2]).reversed()
                        .thenComparing(row -> countries.get((Long) row[1]).name()))
                .limit(first).toList()));
        Map<List<Long>, List<StatementView>> shared = withStatements ? sharedStatements(top) : Map.of();
        Map<Long, List<CoSignatory>> result = new HashMap<>();
        top.forEach((id, rows) -> result.put(id, rows.stream().map(row -> new CoSignatory(countries.get((Long) row[1]),
                ((Long) row[2]).intValue(), shared.getOrDefault(List.of(id, (Long) row[1]), List.of()))).toList()));
        return result;
    }

    /** The statements each (country, co-signer) pair signed, newest first, keyed by the pair of ids. */
    private static Map<List<Long>, List<StatementView>> sharedStatements(Map<Long, List<Object[]>> top) {
        Set<Long> others = top.values().stream().flatMap(List::stream).map(row -> (Long) row[1])
                .collect(Collectors.toSet());
        if (others.isEmpty()) {
            return Map.of();
        }
        Map<List<Long>, List<StatementView>> shared = new HashMap<>();
        em().createQuery(SHARED, Object[].class).setParameter("ids", Batch.ids(top.keySet()))
                .setParameter("others", Batch.ids(others))
                .getResultList()
                .forEach(row -> shared.computeIfAbsent(List.of((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
                        .add((StatementView) row[2]));
        return shared;
    }

    /**
     * The statements that best match a search, with their scores: an exact title or slug (95) beats a title prefix
     * (75), a word in the title (70) or in the summary (40). With a full-text query (PostgreSQL) words match as
     * prefixes through the full-text index.
     */
    public static Map<Long, Integer> searchScores(String exact, String prefix, String contains, String fullTextQuery,
            int first) {
        return SearchScores.top(SEARCH, SEARCH_FULL_TEXT, exact, prefix, contains, fullTextQuery, first);
    }

    /** The earliest date a signatory of the statement was first listed on; null without signatories. */

    /** The UN resolutions every statement cites, by statement id. */
    public static Map<Long, List<String>> allResolutionsCited() {
        return Batch.group(em().createQuery(ALL_RESOLUTIONS, Object[].class).getResultList(), r -> (Long) r[0],
                r -> (String) r[1]);
    }

    /** Every statement, oldest first. */
    public static List<Statement> allByIssueDate() {
        return em().createQuery(ALL_BY_ISSUE_DATE, Statement.class).getResultList();
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
