package org.statementatlas.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.statementatlas.statement.Statement;

/**
 * Metadata a curator established for an article (the bundled dataset's facts file). Non-null values override what
 * extraction found, and the statements it reports are linked as CURATED instead of by the linker.
 */
public record CuratedMetadata(String url, String headline, String outletName, String outletDomain,
        String creditedOutlet, String agency, OffsetDateTime publishedAt, LocalDate publishedOn,
        List<Statement> reports) {
}
