package org.statementatlas.pipeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Raw article text and the metadata the caller already knows; every non-null field overrides what extraction finds.
 *
 * @param text the article as copied from the page, site chrome and all
 * @param url its address, when known
 * @param headline, outlet, publishedOn, language what the caller knows better than the extractor
 * @param publishedAt the publication time with its offset, as an HTML page declares it; null when unknown, and ignored
 *        unless it falls on {@code publishedOn}
 */
public record IngestRequest(String text, String url, String headline, String outlet, LocalDate publishedOn,
        String language, OffsetDateTime publishedAt) {

    public IngestRequest(String text, String url, String headline, String outlet, LocalDate publishedOn,
            String language) {
        this(text, url, headline, outlet, publishedOn, language, null);
    }
}
