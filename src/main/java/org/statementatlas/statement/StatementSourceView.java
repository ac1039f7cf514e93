package org.statementatlas.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The read model of an official page that publishes a statement. */
@Name("StatementSource")
@Description("An official or press page that publishes the statement.")
public record StatementSourceView(
        @NonNull @Description("Address of the page.") String url,
        @Description("Who publishes the page, e.g. \"UK Government\".") String publisher,
        @Description("The date of the signatory list this page shows, where known.") LocalDate listedOn,
        @Description("What to know about this source, e.g. that its address is inferred.") String note) {
}
