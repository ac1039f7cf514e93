package org.statementatlas.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** What createStatement needs to know about a new statement. */
@Description("A new statement.")
@Name("CreateStatementInput")
public record CreateStatementInput(
        @NonNull @NotBlank @Size(max = 500) @Description("Title as published; must not be blank.") String title,
        @NonNull @NotBlank @Size(max = 120) @Pattern(regexp = Statements.SLUG, message = Statements.SLUG_RULE) @Description("Stable key: lower-case letters and digits in words joined by hyphens, e.g. \"dprk-russia-joint-statement-2024-05-31\". Must not be taken.") String slug,
        @NonNull @NotNull @Description("Joint or national statement.") StatementKind kind,
        @NonNull @NotNull @Description("Date of first publication (ISO 8601, a date that exists).") @ToScalar(Scalar.Date.class) String issuedOn,
        @Size(max = 4000) @Description("A short summary of what the statement says.") String summary,
        @Size(max = 100) @Description("City where it was issued, e.g. \"Washington\".") String issuedIn) {
}
