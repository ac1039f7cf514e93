package org.statementatlas.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.statementatlas.country.CountryCodes;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.Page;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SearchScores;
import org.statementatlas.graphql.paging.SortKey;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementView;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Every query over articles, their links to statements, mentions, quotes and claims: the one place that holds their
 * HQL. Read answers are read models built by projection ({@link SourceArticleView}, ...), never managed entities; only
 * the lookups of the write path (mutations, ingestion) return entities, for the caller to change. The query strings are
 * constants (or built from constants per filter shape), so Hibernate's query plan cache serves them.
 */
public final class ArticleQueries {

    /** A {@link SourceArticleView} over a SourceArticle alias {@code a}. */
    public static final String VIEW = "new org.statementatlas.article.SourceArticleView(a.id, a.url, a.headline,"
            + " a.outlet.name, a.outlet.domain, a.creditedOutlet, a.agency, a.publishedOn, a.publishedAt,"
            + " a.datePrecision, a.language, a.text, a.contentHash, a.ingestedAt, a.version, a.dateMethod,"
            + " a.linkMethod)";

    static final Keyset.Rows<SourceArticleView> ROWS = new Keyset.Rows<>("SourceArticle", "a", VIEW,
            SourceArticleView.class, SourceArticleView::id);

    /** Articles without a known date sort as if published on the first day of year 1: last when newest come first. */
    private static final String UNDATED_LAST = "coalesce(a.publishedOn, {d '0001-01-01'})";

    private static final String BY_URL = "select " + VIEW + " from SourceArticle a where a.url = :url";
    private static final String BY_IDS = "select " + VIEW + " from SourceArticle a where ids_contain(:ids, a.id)";
    private static final String LINKS = "select l.article.id, " + StatementQueries.VIEW + ", l.confidence, l.method"
            + " from ArticleStatementLink l join l.statement s where ids_contain(:ids, l.article.id) order by s.issuedOn, s.id";
    private static final String REPORTING = "select l.statement.id, " + VIEW + " from ArticleStatementLink l"
            + " join l.article a where ids_contain(:ids, l.statement.id) order by " + UNDATED_LAST + ", a.id";
    private static final String MENTIONS = "select m.article.id, m.id, " + CountryQueries.VIEW + ", m.count,"
            + " m.matchedAs, m.method from Mention m join m.country c where ids_contain(:ids, m.article.id)"
            + " order by m.article.id, m.count desc, c.name";
    private static final String SPANS = "select m.id, new org.statementatlas.article.TextSpanView(sp.start, sp.end,"
            + " sp.matchedAs) from Mention m join m.offsets sp where ids_contain(:ids, m.article.id) order by m.id, index(sp)";
    private static final String QUOTES = "select q.article.id, new org.statementatlas.article.QuoteView(q.text,"
            + " q.speaker, q.start, q.end) from Quote q where ids_contain(:ids, q.article.id) order by q.article.id, q.position";
    private static final String RESOLUTIONS = "select a.id, r from SourceArticle a join a.resolutionsCited r"
            + " where ids_contain(:ids, a.id) order by index(r)";
    private static final String CLAIMS = "select " + VIEW + ", c.statement.id, c.phrase, c.value, c.approximate,"
            + " c.qualifier, c.counts, c.inHeadline, c.start, c.end, c.id, c.method from Claim c join c.article a ";
    private static final String ARTICLE_CLAIMS = CLAIMS + "where ids_contain(:ids, a.id) order by a.id, c.position";
    private static final String STATEMENT_CLAIMS = CLAIMS + "where ids_contain(:ids, c.statement.id) order by " + UNDATED_LAST
            + ", a.id, c.position";

    private static final String REPORTING_IDS = "select l.article.id from ArticleStatementLink l where l.statement = :s"
            + " order by l.article.id";
    private static final String LINK = "from ArticleStatementLink l where l.article = :a and l.statement = :s";
    private static final String LINKS_BY_METHOD = "from ArticleStatementLink l where l.article = :a and l.method = :m"
            + " order by l.id";
    private static final String LINKED_STATEMENTS = "select l.statement from ArticleStatementLink l where l.article = :a"
            + " order by l.statement.id";
    private static final String DELETE_LINKS_BUT = "delete from ArticleStatementLink l where l.article = :a"
            + " and l.method <> :m";
    private static final String LINKS_OF = "from ArticleStatementLink l where l.article = :a order by l.id";
    private static final String LINKED_QUOTES = "select l.statement.id, q.text from ArticleStatementLink l, Quote q"
            + " where q.article = l.article";
    private static final String SEARCH = SearchScores.ranked("select a.id as id, max(case"
            + " when lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact or lower(a.url) = :exact then 90"
            + " when lower(a.outlet.name) like :contains escape '\\' then 75"
            + " when lower(a.headline) like :prefix escape '\\' then 65"
            + " when lower(a.headline) like :contains escape '\\' then 60"
            + " when lower(a.text) like :contains escape '\\' then 30 else 0 end) as score"
            + " from SourceArticle a group by a.id");
    /**
     * PostgreSQL: the candidates come from the GIN and expression indexes of the postgresql migrations (an exact
     * outlet, domain or url, or all words as prefixes), and only they are scored, on the same scale as
     * {@link #SEARCH}. A candidate that matches none of the named cases matched in its body (30): its text, the
     * longest column, is not parsed a second time.
     */
    private static final String SEARCH_FULL_TEXT = SearchScores.ranked("select a.id as id, max(case"
            + " when lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact or lower(a.url) = :exact then 90"
            + " when fulltext(a.outlet.name, :query) then 75"
            + " when lower(a.headline) like :prefix escape '\\' then 65"
            + " when fulltext(a.headline, :query) then 60 else 30 end) as score"
            + " from SourceArticle a where lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact"
            + " or lower(a.url) = :exact or fulltext(a.outlet.name, :query) or fulltext(a.headline, a.text, :query)"
            + " group by a.id");

    private ArticleQueries() {
    }

    /** One page of articles. */
    public static Page<SourceArticleView> page(SourceArticleFilter filter, SourceArticleOrder order, Integer first,
            String after, Integer last, String before, boolean countTotal) {
        SortKey key = sortKey(order);
        return Keyset.page(ROWS, where(filter), key, PageRequest.of(first, after, last, before, key.name()), countTotal);
    }

    /** One page of the articles that mention each country, newest first, by country id. */
    public static Map<Long, SourceArticleConnection> mentioning(Set<Long> countryIds, Integer first, String after,
            boolean countTotal) {
        SortKey key = sortKey(null);
        return Keyset.pagesPerParent(ROWS, "Mention m join m.article a", "m.country.id", countryIds, Keyset.Where.ALL,
                key, PageRequest.of(first, after, key.name()), countTotal, SourceArticleConnection::new);
    }

    public static Optional<SourceArticleView> byUrl(String url) {
        return em().createQuery(BY_URL, SourceArticleView.class).setParameter("url", url).getResultStream().findFirst();
    }

    public static Optional<SourceArticleView> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    public static List<SourceArticleView> byIds(Collection<Long> ids) {
        return em().createQuery(BY_IDS, SourceArticleView.class).setParameter("ids", Batch.ids(ids)).getResultList();
    }

    /** The statements each article reports, with the link's confidence and method, by article id. */
    public static Map<Long, List<StatementLink>> statementLinks(Collection<Long> articleIds) {
        return Batch.group(em().createQuery(LINKS, Object[].class).setParameter("ids", Batch.ids(articleIds)).getResultList(),
                r -> (Long) r[0], r -> new StatementLink((StatementView) r[1], (Double) r[2], (LinkMethod) r[3]));
    }

    /** The articles that report each statement, oldest first, by statement id. */
    public static Map<Long, List<SourceArticleView>> reporting(Collection<Long> statementIds) {
        return Batch.group(em().createQuery(REPORTING, Object[].class).setParameter("ids", Batch.ids(statementIds))
                .getResultList(), r -> (Long) r[0], r -> (SourceArticleView) r[1]);
    }

    /** The mentions of each article, most mentioned first, with their offsets, by article id. */
    public static Map<Long, List<MentionView>> mentions(Collection<Long> articleIds) {
        Map<Long, List<TextSpanView>> spans = Batch.group(em().createQuery(SPANS, Object[].class)
                .setParameter("ids", Batch.ids(articleIds)).getResultList(), r -> (Long) r[0], r -> (TextSpanView) r[1]);
        return Batch.group(
                em().createQuery(MENTIONS, Object[].class).setParameter("ids", Batch.ids(articleIds)).getResultList(),
                r -> (Long) r[0], r -> new MentionView((CountryView) r[2], (Integer) r[3], (MatchKind) r[4],
                        spans.getOrDefault((Long) r[1], List.of()), (FindingMethod) r[5]));
    }

    public static Map<Long, List<QuoteView>> quotes(Collection<Long> articleIds) {
        return Batch.group(em().createQuery(QUOTES, Object[].class).setParameter("ids", Batch.ids(articleIds)).getResultList(),
                r -> (Long) r[0], r -> (QuoteView) r[1]);
    }

    public static Map<Long, List<String>> resolutionsCited(Collection<Long> articleIds) {
        return Batch.group(em().createQuery(RESOLUTIONS, Object[].class).setParameter("ids", Batch.ids(articleIds))
                .getResultList(), r -> (Long) r[0], r -> (String) r[1]);
    }

    /** The claims each article states, checked, by article id. */
    public static Map<Long, List<ClaimView>> articleClaims(Collection<Long> articleIds) {
        return Batch.group(claims(ARTICLE_CLAIMS, articleIds), c -> c.article().id(), c -> c);
    }

    /** The claims about each statement, checked, by statement id. */
    public static Map<Long, List<ClaimView>> statementClaims(Collection<Long> statementIds) {
        return Batch.group(claims(STATEMENT_CLAIMS, statementIds), c -> c.statement().id(), c -> c);
    }

    private static List<ClaimView> claims(String query, Collection<Long> ids) {
        List<Object[]> rows = em().createQuery(query, Object[].class).setParameter("ids", Batch.ids(ids)).getResultList();
        Set<Long> statementIds = rows.stream().map(r -> (Long) r[1]).filter(id -> id != null)
                .collect(Collectors.toSet());
        // Run even for no ids, so that the statement count of a request does not depend on the data.
        Map<Long, StatementView> statements = new HashMap<>();
        StatementQueries.byIds(statementIds.isEmpty() ? Set.of(-1L) : statementIds)
                .forEach(s -> statements.put(s.id(), s));
        return ClaimChecker.check(rows.stream().map(r -> new ClaimChecker.Stored((Long) r[10], (SourceArticleView) r[0],
                r[1] == null ? null : statements.get((Long) r[1]), (String) r[2], (Integer) r[3], (Boolean) r[4],
                (ClaimQualifier) r[5], (ClaimUnit) r[6], (Boolean) r[7], (Integer) r[8], (Integer) r[9],
                (FindingMethod) r[11])).toList());
    }

    /**
     * The articles that best match a search, with their scores: an exact outlet, domain or url (90) beats a word in
     * the outlet (75), a headline prefix (65), a word in the headline (60) or in the text (30). With a full-text
     * query (PostgreSQL) words match as prefixes through the full-text index.
     */
    public static Map<Long, Integer> searchScores(String exact, String prefix, String contains, String fullTextQuery,
            int first) {
        return SearchScores.top(SEARCH, SEARCH_FULL_TEXT, exact, prefix, contains, fullTextQuery, first);
    }

    /** The ids of the articles that report a statement. */
    static List<Long> reportingIds(Statement statement) {
        return em().createQuery(REPORTING_IDS, Long.class).setParameter("s", statement).getResultList();
    }

    /** The link between an article and a statement, to change or delete. */
    static Optional<ArticleStatementLink> link(SourceArticle article, Statement statement) {
        return em().createQuery(LINK, ArticleStatementLink.class).setParameter("a", article)
                .setParameter("s", statement).getResultStream().findFirst();
    }

    /** The article's links made by one method, oldest first. */
    public static List<ArticleStatementLink> links(SourceArticle article, LinkMethod method) {
        return em().createQuery(LINKS_BY_METHOD, ArticleStatementLink.class).setParameter("a", article)
                .setParameter("m", method).getResultList();
    }

    /** The statements an article is linked to, by id. */
    static List<Statement> linkedStatements(SourceArticle article) {
        return em().createQuery(LINKED_STATEMENTS, Statement.class).setParameter("a", article).getResultList();
    }

    /** Deletes the article's links made by any method but one. */
    public static void deleteLinksBut(SourceArticle article, LinkMethod kept) {
        em().createQuery(DELETE_LINKS_BUT).setParameter("a", article).setParameter("m", kept).executeUpdate();
    }

    /** Every link of an article, oldest first, to change or delete. */
    public static List<ArticleStatementLink> links(SourceArticle article) {
        return em().createQuery(LINKS_OF, ArticleStatementLink.class).setParameter("a", article).getResultList();
    }

    /** Deletes the article's mentions and claims made by one method; the database cascades to the spans. */

    /** The quotes of the articles linked to each statement, by statement id. */
    public static Map<Long, List<String>> linkedQuotes() {
        return Batch.group(em().createQuery(LINKED_QUOTES, Object[].class).getResultList(), r -> (Long) r[0],
                r -> (String) r[1]);
    }

    static SortKey sortKey(SourceArticleOrder order) {
        SourceArticleOrderField field = order == null ? SourceArticleOrderField.PUBLISHED_ON : order.field;
        boolean descending = order == null || order.direction == OrderDirection.DESC;
        String name = "SourceArticle." + field + "." + (descending ? "DESC" : "ASC");
        return switch (field) {
            case PUBLISHED_ON -> new SortKey(name, UNDATED_LAST, descending, LocalDate::parse);
            case OUTLET -> new SortKey(name, "lower(a.outlet.name)", descending, v -> v);
        };
    }

    /** The HQL condition (over alias {@code a}) of a SourceArticleFilter input. */
    static Keyset.Where where(SourceArticleFilter filter) {
        if (filter == null) {
            return Keyset.Where.ALL;
        }
        String outlet = filter.outlet() == null ? null : filter.outlet().strip().toLowerCase(Locale.ROOT);
        return new Conditions()
                .add(outlet, "(lower(a.outlet.name) = :outlet or lower(a.outlet.domain) = :outlet)", "outlet")
                .add(filter.mentions() == null ? null : CountryCodes.normalize(filter.mentions()),
                        "exists (select 1 from Mention m where m.article = a and m.country.code = :mentions)", "mentions")
                .add(filter.reports() == null ? null : GlobalId.keyOf(filter.reports(), Statement.TYPE, "reports").orElse(-1L),
                        "exists (select 1 from ArticleStatementLink l where l.article = a and l.statement.id = :reports)",
                        "reports")
                .add(filter.publishedAfter(), "a.publishedOn >= :publishedAfter", "publishedAfter")
                .add(filter.publishedBefore(), "a.publishedOn <= :publishedBefore", "publishedBefore")
                .text(filter.text(), "text", "a.headline", "a.text")
                .build();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
