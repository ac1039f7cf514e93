package org.statementatlas.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

/** The read model of a statement, as the schema serves it; loaded by projection ({@link StatementQueries}). */
@Name("Statement")
@Description("A joint or national diplomatic statement.")
public record StatementView(
        @Ignore Long id,
        @NonNull @Description("Stable, human-readable key, e.g. \"dprk-russia-ballistic-missile-transfers-2024-01\".") String slug,
        @NonNull @Description("Title as published.") String title,
        @NonNull @Description("Joint or national statement.") StatementKind kind,
        @NonNull @Description("Date of first publication (ISO 8601).") LocalDate issuedOn,
        @Description("City where it was issued, where known, e.g. \"Washington\".") String issuedIn,
        @Description("Who signs, in the statement's own terms, e.g. \"Ministers of Foreign Affairs\".") String signerRole,
        @Description("A short summary of what the statement says.") String summary,
        @Description("Full text, where the dataset has it.") String text,
        @NonNull @Description("Revision number, incremented by every change; writes must send the version they read.") int version)
        implements
            Node,
            SearchResult {

    @Override
    public String nodeType() {
        return Statement.TYPE;
    }
}
