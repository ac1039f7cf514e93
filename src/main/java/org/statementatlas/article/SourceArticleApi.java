package org.statementatlas.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryCodes;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.OrderDirection;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SortKey;
import org.statementatlas.statement.Statement;

/** Queries over source articles, and the links between articles and the statements they report. */
@GraphQLApi
@ApplicationScoped
public class SourceArticleApi {

    private final FieldLoader loader;

    SourceArticleApi(FieldLoader loader) {
        this.loader = loader;
    }

    /** Articles without a known date sort as if published on the first day of year 1: last when newest come first. */
    private static final String UNDATED_LAST = "coalesce(a.publishedOn, {d '0001-01-01'})";

    @Query("sourceArticles")
    @Description("News articles matching a filter, newest first unless ordered otherwise (undated ones count as oldest). Page forward with first/after, backward with last/before.")
    public @NonNull SourceArticleConnection findSourceArticles(
            @Description("Which articles to list.") SourceArticleFilter filter,
            @Description("Order; default PUBLISHED_ON DESC.") SourceArticleOrder orderBy,
            @Description("Page size when paging forward: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after,
            @Description("Page size when paging backward: 1 to 100.") Integer last,
            @Description("Return the items before this cursor.") String before) {
        SortKey key = sortKey(orderBy);
        return new SourceArticleConnection(Keyset.page(SourceArticle.class, "a", where(filter), key,
                PageRequest.of(first, after, last, before, key.name()), a -> a.id, loader.selects("totalCount")));
    }

    @Query("sourceArticle")
    @Description("One article by global id or by URL (give exactly one), or null if there is none.")
    public SourceArticle findSourceArticle(@Id @Description("Global id of the article.") String id,
            @Description("Address of the article, exactly as stored.") String url) {
        if ((id == null) == (url == null)) {
            throw new BadUserInputException("Give exactly one of 'id' and 'url'.", id == null ? "id" : "url");
        }
        if (url != null) {
            return SourceArticle.<SourceArticle>find("url", url).firstResult();
        }
        return GlobalId.keyOf(id, SourceArticle.TYPE, "id").map(key -> SourceArticle.<SourceArticle>findById(key))
                .orElse(null);
    }

    @Name("statements")
    @Description("The statements this article reports.")
    public List<@NonNull List<@NonNull Statement>> reportedStatements(@Source List<SourceArticle> articles) {
        return Batch.inOrder(articles, a -> a.id, Batch.group(links(articles), l -> l.article.id, l -> l.statement),
                List.of());
    }

    @Name("statementLinks")
    @Description("The statements this article reports, each with the link's confidence and method.")
    public List<@NonNull List<@NonNull StatementLink>> statementLinks(@Source List<SourceArticle> articles) {
        return Batch.inOrder(articles, a -> a.id, Batch.group(links(articles), l -> l.article.id,
                l -> new StatementLink(l.statement, l.confidence, l.method)), List.of());
    }

    private static List<ArticleStatementLink> links(List<SourceArticle> articles) {
        return ArticleStatementLink.<ArticleStatementLink>find(
                "from ArticleStatementLink l join fetch l.statement s where l.article in ?1 order by s.issuedOn, s.id",
                articles).list();
    }

    @Name("sourceArticles")
    @Description("News articles that report this statement, oldest first.")
    public List<@NonNull List<@NonNull SourceArticle>> reportingArticles(@Source List<Statement> statements) {
        return Batch.inOrder(statements, s -> s.id, Batch.group(ArticleStatementLink.<ArticleStatementLink>find(
                "from ArticleStatementLink l join fetch l.article a where l.statement in ?1 order by " + UNDATED_LAST
                        + ", a.id",
                statements).list(), l -> l.statement.id, l -> l.article), List.of());
    }

    @Name("mentionedIn")
    @Description("News articles that mention the country, newest first (undated ones last).")
    public CompletionStage<@NonNull SourceArticleConnection> mentionedIn(@Source Country country,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        SortKey key = sortKey(null);
        PageRequest page = PageRequest.of(first, after, key.name());
        boolean countTotal = loader.selects("totalCount");
        return loader.load(FieldLoader.field("Country.mentionedIn", first, after, countTotal), country.id,
                ids -> Keyset.pagesPerParent(SourceArticle.class, "a", "Mention m join m.article a", "m.country.id", ids,
                        Keyset.Where.ALL, key, page, a -> a.id, countTotal, SourceArticleConnection::new),
                null);
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
}
