package org.statementatlas.statement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Marks one signature as disputed (only some sources list it), or as undisputed again. */
@Description("A signatory to mark as disputed (only some sources list it) or as undisputed again.")
@Name("SetSignatoryDisputedInput")
public record SetSignatoryDisputedInput(
        @NonNull @NotNull @Id @Description("Global id of the statement.") String statementId,
        @NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter code") @Description("ISO 3166-1 alpha-2 code of the signatory (any case), or \"EU\".") String countryCode,
        @NonNull @NotNull @Description("True to mark the signature disputed, false to clear the mark.") Boolean disputed,
        @Size(max = 500) @Description("Why, e.g. which sources leave it out (up to 500 characters); null clears the note.") String note,
        @Description("The statement version you read; when given and stale, nothing is written (CONFLICT).") Integer expectedVersion) {
}
