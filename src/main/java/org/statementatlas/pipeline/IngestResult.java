package org.statementatlas.pipeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.statementatlas.article.DatePrecision;

/**
 * Everything the pipeline derived from one article, before storage: cleaned text, metadata (caller's values applied),
 * mentions, claims, quotes, cited resolutions, the linking decision and warnings for the caller.
 */
public record IngestResult(String text, String contentHash, String url, String headline, LocalDate publishedOn,
        OffsetDateTime publishedAt, DatePrecision datePrecision, String outletName, String outletDomain,
        String creditedOutlet, String agency, String language, List<FoundMention> mentions,
        List<ClaimExtractor.FoundClaim> claims, List<QuoteExtractor.FoundQuote> quotes, List<String> resolutionsCited,
        StatementLinker.Decision link, List<String> warnings) {
}
