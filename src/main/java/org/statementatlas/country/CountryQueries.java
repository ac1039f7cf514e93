package org.statementatlas.country;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.Page;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SearchScores;
import org.statementatlas.graphql.paging.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Every query over countries, aliases and groups: the one place that holds their HQL. Read answers are read models
 * built by projection ({@link CountryView}), never managed entities; only the lookups of the write path (ingestion)
 * return entities. The query strings are constants (or built from constants per filter shape), so Hibernate's query
 * plan cache serves them.
 */
public final class CountryQueries {

    /** A {@link CountryView} over a Country alias {@code c}, for the other domains' queries that join countries. */
    public static final String VIEW = "new org.statementatlas.country.CountryView(c.id, c.code, c.alpha3, c.name,"
            + " c.officialName, c.kind, c.region, c.subregion, c.flag)";

    public static final Keyset.Rows<CountryView> ROWS = new Keyset.Rows<>("Country", "c", VIEW, CountryView.class,
            CountryView::id);

    private static final String BY_CODE = "select " + VIEW + " from Country c where c.code = :code";
    private static final String BY_IDS = "select " + VIEW + " from Country c where ids_contain(:ids, c.id)";
    private static final String ALIASES = "select c.id, new org.statementatlas.country.CountryAliasView(a.text, a.kind)"
            + " from Country c join c.aliases a where ids_contain(:ids, c.id) order by a.kind, a.text";
    private static final String GROUP_VIEW = "new org.statementatlas.country.CountryGroupView(g.id, g.code, g.name,"
            + " g.version)";
    private static final String GROUPS = "select m.country.id, " + GROUP_VIEW + " from GroupMembership m join m.group g"
            + " where ids_contain(:ids, m.country.id) order by g.code";
    private static final String GROUP_BY_ID = "select " + GROUP_VIEW + " from CountryGroup g where g.id = :id";
    private static final String GROUP_ID = "select g.id from CountryGroup g where upper(g.code) = :code";
    private static final String DICTIONARY_FINGERPRINT = "select count(c), coalesce(max(c.id), 0),"
            + " (select count(*) from Country x join x.aliases a) from Country c";
    private static final String WITH_ALIASES = "select distinct c from Country c left join fetch c.aliases";
    private static final String MEMBERS = "select m.group.id, " + VIEW + " from GroupMembership m join m.country c"
            + " where ids_contain(:ids, m.group.id) order by c.name";

    private static final String SEARCH = SearchScores.ranked("select c.id as id, max(case"
            + " when lower(c.name) = :exact or lower(c.code) = :exact or lower(al.text) = :exact then 100"
            + " when lower(c.name) like :prefix escape '\\' then 80"
            + " when lower(c.officialName) like :contains escape '\\' or lower(c.name) like :contains escape '\\' then 60"
            + " when lower(al.text) like :contains escape '\\' then 50 else 0 end) as score"
            + " from Country c left join c.aliases al group by c.id");

    /** The GraphQL type name of statements, whose ids the filters accept. */
    private static final String STATEMENT_TYPE = "Statement";

    /**
     * What country filters and orderings need to say about signatures, which the statement domain owns: HQL over a
     * Country alias {@code c}. This package sits below {@code statement} and must not name its tables, so whoever
     * pages countries passes the statement domain's terms in.
     *
     * @param signed the country signed the statement whose id is {@code :signed}
     * @param notSigned the country did not sign the statement whose id is {@code :notSigned}
     * @param signedCount the number of statements the country signed
     */
    public record SignatureTerms(String signed, String notSigned, String signedCount) {
    }

    private CountryQueries() {
    }

    /** One page of countries. */
    public static Page<CountryView> page(CountryFilter filter, CountryOrder order, SignatureTerms signatures,
            Integer first, String after, Integer last, String before, boolean countTotal) {
        SortKey key = sortKey(order, signatures);
        return Keyset.page(ROWS, where(filter, signatures), key, PageRequest.of(first, after, last, before, key.name()),
                countTotal);
    }

    public static Optional<CountryView> byCode(String code) {
        return code == null
                ? Optional.empty()
                : em().createQuery(BY_CODE, CountryView.class).setParameter("code", code.toUpperCase(Locale.ROOT))
                        .getResultStream().findFirst();
    }

    public static Optional<CountryView> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    public static List<CountryView> byIds(Collection<Long> ids) {
        return em().createQuery(BY_IDS, CountryView.class).setParameter("ids", Batch.ids(ids)).getResultList();
    }

    /** The aliases of each country, by country id. */
    public static Map<Long, List<CountryAliasView>> aliases(Collection<Long> countryIds) {
        return Batch.group(em().createQuery(ALIASES, Object[].class).setParameter("ids", Batch.ids(countryIds)).getResultList(),
                r -> (Long) r[0], r -> (CountryAliasView) r[1]);
    }

    /** The groups of each country, by country id. */
    public static Map<Long, List<CountryGroupView>> groups(Collection<Long> countryIds) {
        return Batch.group(em().createQuery(GROUPS, Object[].class).setParameter("ids", Batch.ids(countryIds)).getResultList(),
                r -> (Long) r[0], r -> (CountryGroupView) r[1]);
    }

    /** One group as it is now (after a write, with its new version). */
    static CountryGroupView group(long id) {
        return groupById(id).orElseThrow();
    }

    public static Optional<CountryGroupView> groupById(long id) {
        return em().createQuery(GROUP_BY_ID, CountryGroupView.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The members of each group, by group id. */
    public static Map<Long, List<CountryView>> members(Collection<Long> groupIds) {
        return Batch.group(em().createQuery(MEMBERS, Object[].class).setParameter("ids", Batch.ids(groupIds)).getResultList(),
                r -> (Long) r[0], r -> (CountryView) r[1]);
    }

    /**
     * The countries that best match a search, with their scores: an exact name, code or alias (100) beats a name
     * prefix (80), a word inside a name (60) or inside an alias (50).
     */
    public static Map<Long, Integer> searchScores(String exact, String prefix, String contains, int first) {
        return SearchScores.top(SEARCH, Map.of("exact", exact, "prefix", prefix, "contains", contains), first);
    }

    /** The id of a group given by code (any case); BAD_USER_INPUT naming the argument when there is none. */
    public static long groupId(String code, String argument) {
        return em().createQuery(GROUP_ID, Long.class).setParameter("code", code.toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(
                        () -> new BadUserInputException("Unknown country group '" + code + "'.", argument));
    }

    static SortKey sortKey(CountryOrder order, SignatureTerms signatures) {
        CountryOrderField field = order == null ? CountryOrderField.NAME : order.field;
        boolean descending = order != null && order.direction == OrderDirection.DESC;
        String name = "Country." + field + "." + (descending ? "DESC" : "ASC");
        return switch (field) {
            case NAME -> new SortKey(name, "c.name", descending, v -> v);
            case CODE -> new SortKey(name, "c.code", descending, v -> v);
            case SIGNED_COUNT -> new SortKey(name, signatures.signedCount(), descending, Long::valueOf);
        };
    }

    /** The HQL condition (over alias {@code c}) of a CountryFilter input. */
    static Keyset.Where where(CountryFilter filter, SignatureTerms signatures) {
        if (filter == null) {
            return Keyset.Where.ALL;
        }
        Long group = filter.group() == null ? null : groupId(filter.group(), "group");
        return new Conditions()
                .add(filter.kind(), "c.kind = :kind", "kind")
                .add(filter.region() == null ? null : filter.region().strip().toLowerCase(Locale.ROOT),
                        "lower(c.region) = :region", "region")
                .add(group, "exists (select 1 from GroupMembership m where m.country = c and m.group.id = :group)", "group")
                .add(statementKey(filter.signed(), "signed"), signatures.signed(), "signed")
                .add(statementKey(filter.notSigned(), "notSigned"), signatures.notSigned(), "notSigned")
                .add(Conditions.containsPattern(filter.text(), "text"), "(lower(c.name) like :text escape '\\'"
                        + " or lower(c.code) like :text escape '\\' or lower(c.officialName) like :text escape '\\'"
                        + " or exists (select 1 from Country a join a.aliases al where a = c"
                        + " and lower(al.text) like :text escape '\\'))", "text")
                .build();
    }

    /** The key of a statement id in a filter; an unknown or foreign id matches no statement. */
    private static Long statementKey(String id, String argument) {
        return id == null ? null : GlobalId.keyOf(id, STATEMENT_TYPE, argument).orElse(-1L);
    }

    /**
     * What changes when a country or alias is added or removed: the number of countries, the highest id and the
     * number of aliases.
     */
    public static List<Long> dictionaryFingerprint() {
        Object[] counts = em().createQuery(DICTIONARY_FINGERPRINT, Object[].class).getSingleResult();
        return List.of(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue());
    }

    /** Every country with its aliases, for building the mention matcher. */
    public static List<Country> withAliases() {
        return em().createQuery(WITH_ALIASES, Country.class).getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
