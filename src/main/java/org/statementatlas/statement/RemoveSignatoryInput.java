package org.statementatlas.statement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A signature to take off a statement's list. */
@Description("A signatory to take off a statement's list.")
@Name("RemoveSignatoryInput")
public record RemoveSignatoryInput(
        @NonNull @NotNull @Id @Description("Global id of the statement.") String statementId,
        @NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter code") @Description("ISO 3166-1 alpha-2 code of the signatory (any case), or \"EU\".") String countryCode,
        @Description("The statement version you read; when given and stale, nothing is written (CONFLICT).") Integer expectedVersion) {
}
