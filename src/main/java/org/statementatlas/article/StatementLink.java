package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.statement.StatementView;

/** A statement an article reports, with how sure the link is and how it was made. */
@Description("A statement an article reports, with how sure the link is and how it was made.")
public record StatementLink(
        @NonNull @Description("The statement reported.") StatementView statement,
        @Description("How sure the link is, from 0 to 1; 1 for curated links.") double confidence,
        @NonNull @Description("How the link was made.") LinkMethod method) {
}
