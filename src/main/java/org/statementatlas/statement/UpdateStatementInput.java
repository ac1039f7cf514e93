package org.statementatlas.statement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Changes to a statement; fields left out (or null) stay as they are. */
@Description("Changes to a statement. Fields left out or null stay as they are.")
@Name("UpdateStatementInput")
public record UpdateStatementInput(
        @NonNull @NotNull @Id @Description("Global id of the statement.") String id,
        @NonNull @NotNull @Description("The version you read (Statement.version). If the statement has changed since, nothing is written and the error (CONFLICT) carries the current version.") Integer expectedVersion,
        @Size(max = 500) @Pattern(regexp = Statements.NOT_BLANK, message = "must not be blank") @Description("New title; must not be blank.") String title,
        @Size(max = 4000) @Description("New summary; an empty string removes it.") String summary,
        @Size(max = 120) @Pattern(regexp = Statements.SLUG, message = Statements.SLUG_RULE) @Description("New slug; must not be taken.") String slug,
        @Description("New kind.") StatementKind kind,
        @Description("New date of first publication; no signatory may be listed before it.") @ToScalar(Scalar.Date.class) String issuedOn,
        @Size(max = 100) @Description("New city of issue; an empty string removes it.") String issuedIn) {
}
