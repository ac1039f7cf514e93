package org.statementatlas.ingest;

import java.time.LocalDate;

/**
 * Raw article text and the metadata the caller already knows; every non-null field overrides what extraction finds.
 *
 * @param text the article as copied from the page, site chrome and all
 * @param url its address, when known
 * @param headline, outlet, publishedOn, language what the caller knows better than the extractor
 */
public record IngestRequest(String text, String url, String headline, String outlet, LocalDate publishedOn,
        String language) {
}
