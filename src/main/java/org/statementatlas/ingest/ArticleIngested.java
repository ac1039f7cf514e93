package org.statementatlas.ingest;

import org.statementatlas.article.SourceArticle;

/**
 * Fired inside the ingestion transaction once the article and everything found in it are written, before commit. An
 * observer that throws rolls the whole ingestion back (tests use this to prove that a failure leaves no rows); a change
 * log can record the write here.
 */
public record ArticleIngested(SourceArticle article, boolean created) {
}
