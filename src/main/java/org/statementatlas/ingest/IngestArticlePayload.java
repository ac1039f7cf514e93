package org.statementatlas.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.pipeline.StatementLinker;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementView;

/** The result of the ingestArticle mutation. */
@Description("The result of ingesting an article.")
public class IngestArticlePayload {

    @NonNull
    @Description("The stored article, with its cleaned text, mentions and claims.")
    public SourceArticleView article;

    @Description("True when a new article was stored; false when an article with the same URL or the same cleaned text was updated.")
    public boolean created;

    @Description("The statement the article is linked to; null when none matched well enough (see warnings).")
    public StatementView linkedStatement;

    @Description("Confidence of the link in [0, 1] (1 for a curated link); null when not linked. Articles below "
            + StatementLinker.THRESHOLD + " are not linked.")
    public Double linkConfidence;

    @NonNull
    @Description("What the caller should know: fields that could not be found, a link that was not made or was close, times without a zone.")
    public List<@NonNull String> warnings;

    IngestArticlePayload(IngestService.Outcome outcome) {
        this.article = ArticleQueries.byId(outcome.article().id).orElseThrow();
        this.created = outcome.created();
        this.linkedStatement = outcome.linkedStatement() == null
                ? null
                : StatementQueries.byId(outcome.linkedStatement().id).orElseThrow();
        this.linkConfidence = outcome.linkConfidence();
        this.warnings = outcome.warnings();
    }
}
