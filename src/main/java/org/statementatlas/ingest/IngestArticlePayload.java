package org.statementatlas.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.statement.Statement;

/** The result of the ingestArticle mutation. */
@Description("The result of ingesting an article.")
public class IngestArticlePayload {

    @NonNull
    @Description("The stored article, with its cleaned text, mentions and claims.")
    public SourceArticle article;

    @Description("True when a new article was stored; false when an article with the same URL or the same cleaned text was updated.")
    public boolean created;

    @Description("The statement the article is linked to; null when none matched well enough (see warnings).")
    public Statement linkedStatement;

    @Description("Confidence of the link in [0, 1] (1 for a curated link); null when not linked. Articles below "
            + StatementLinker.THRESHOLD + " are not linked.")
    public Double linkConfidence;

    @NonNull
    @Description("What the caller should know: fields that could not be found, a link that was not made or was close, times without a zone.")
    public List<@NonNull String> warnings;

    IngestArticlePayload(IngestService.Outcome outcome) {
        this.article = outcome.article();
        this.created = outcome.created();
        this.linkedStatement = outcome.linkedStatement();
        this.linkConfidence = outcome.linkConfidence();
        this.warnings = outcome.warnings();
    }
}
