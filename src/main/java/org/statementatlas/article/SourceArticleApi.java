package org.statementatlas.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.BadUserInputException;
import org.statementatlas.graphql.Batch;
import org.statementatlas.graphql.BatchLoader;
import org.statementatlas.graphql.GlobalId;
import org.statementatlas.graphql.Keyset;
import org.statementatlas.graphql.PageRequest;
import org.statementatlas.graphql.SortKey;
import org.statementatlas.statement.Statement;

/** Queries over source articles, and the links between articles and the statements they report. */
@GraphQLApi
@ApplicationScoped
public class SourceArticleApi {

    private final BatchLoader loader;

    SourceArticleApi(BatchLoader loader) {
        this.loader = loader;
    }

    /** Articles without a known date sort as if published on this day: last when newest come first. */
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    private static final String UNDATED_LAST = "coalesce(a.publishedOn, {d '0001-01-01'})";

    static final SortKey<SourceArticle> BY_PUBLISHED_DESC = new SortKey<>("PUBLISHED_ON_DESC", UNDATED_LAST, true,
            a -> a.publishedOn == null ? UNDATED : a.publishedOn, LocalDate::parse);

    @Query("sourceArticles")
    @Description("News articles about statements, newest first; undated articles come last.")
    public @NonNull SourceArticleConnection findSourceArticles(
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        return new SourceArticleConnection(Keyset.page(SourceArticle.class, "a", null, Map.of(), BY_PUBLISHED_DESC,
                PageRequest.of(first, after, BY_PUBLISHED_DESC.name()), a -> a.id, loader.selects("totalCount")));
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
        return Batch.inOrder(articles, a -> a.id, Batch.group(ArticleStatementLink.<ArticleStatementLink>find(
                "from ArticleStatementLink l join fetch l.statement s where l.article in ?1 order by s.issuedOn, s.id",
                articles).list(), l -> l.article.id, l -> l.statement), List.of());
    }

    @Name("sourceArticles")
    @Description("News articles that report this statement, oldest first.")
    public List<@NonNull List<@NonNull SourceArticle>> reportingArticles(@Source List<Statement> statements) {
        return Batch.inOrder(statements, s -> s.id, Batch.group(ArticleStatementLink.<ArticleStatementLink>find(
                "from ArticleStatementLink l join fetch l.article a where l.statement in ?1 order by " + UNDATED_LAST
                        + ", a.id",
                statements).list(), l -> l.statement.id, l -> l.article), List.of());
    }
}
