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
import org.statementatlas.graphql.paging.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Every read query over countries, aliases and groups: the one place that holds their HQL. Answers are read models
 * built by projection ({@link CountryView}), never managed entities. The query strings are constants (or built from
 * constants per filter shape), so Hibernate's query plan cache serves them.
 */
public final class CountryQueries {

    /** A {@link CountryView} over a Country alias {@code c}, for the other domains' queries that join countries. */
    public static final String VIEW = "new org.statementatlas.country.CountryView(c.id, c.code, c.alpha3, c.name,"
            + " c.officialName, c.kind, c.region, c.subregion, c.flag)";

    public static final Keyset.Rows<CountryView> ROWS = new Keyset.Rows<>("Country", "c", VIEW, CountryView.class,
            CountryView::id);

    private static final String BY_CODE = "select " + VIEW + " from Country c where c.code = :code";
    private static final String BY_IDS = "select " + VIEW + " from Country c where c.id in :ids";
    private static final String ALIASES = "select c.id, new org.statementatlas.country.CountryAliasView(a.text, a.kind)"
            + " from Country c join c.aliases a where c.id in :ids order by a.kind, a.text";
    private static final String GROUPS = "select m.country.id, g from GroupMembership m join m.group g"
            + " where m.country.id in :ids order by g.code";
    private static final String MEMBERS = "select m.group.id, " + VIEW + " from GroupMembership m join m.country c"
            + " where m.group.id in :ids order by c.name";

    /** The GraphQL type name of statements, whose ids the filters accept. */
    private static final String STATEMENT_TYPE = "Statement";

    private CountryQueries() {
    }

    /** One page of countries. */
    public static Page<CountryView> page(CountryFilter filter, CountryOrder order, Integer first, String after,
            Integer last, String before, boolean countTotal) {
        SortKey key = sortKey(order);
        return Keyset.page(ROWS, where(filter), key, PageRequest.of(first, after, last, before, key.name()), countTotal);
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
        return em().createQuery(BY_IDS, CountryView.class).setParameter("ids", ids).getResultList();
    }

    /** The aliases of each country, by country id. */
    public static Map<Long, List<CountryAliasView>> aliases(Collection<Long> countryIds) {
        return Batch.group(em().createQuery(ALIASES, Object[].class).setParameter("ids", countryIds).getResultList(),
                r -> (Long) r[0], r -> (CountryAliasView) r[1]);
    }

    /** The groups of each country, by country id. */
    public static Map<Long, List<CountryGroup>> groups(Collection<Long> countryIds) {
        return Batch.group(em().createQuery(GROUPS, Object[].class).setParameter("ids", countryIds).getResultList(),
                r -> (Long) r[0], r -> (CountryGroup) r[1]);
    }

    /** The members of each group, by group id. */
    public static Map<Long, List<CountryView>> members(Collection<Long> groupIds) {
        return Batch.group(em().createQuery(MEMBERS, Object[].class).setParameter("ids", groupIds).getResultList(),
                r -> (Long) r[0], r -> (CountryView) r[1]);
    }

    /** The id of a group given by code (any case); BAD_USER_INPUT naming the argument when there is none. */
    public static long groupId(String code, String argument) {
        return CountryGroup.findByCode(code).map(g -> g.id).orElseThrow(
                () -> new BadUserInputException("Unknown country group '" + code + "'.", argument));
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
        Long group = filter.group() == null ? null : groupId(filter.group(), "group");
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

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
