package org.statementatlas.statement;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.input.HttpUrl;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Countries to add to a statement's signatory list, all first listed on the same day by the same source. */
@Description("Signatories to add to a statement, all first listed on the same day by the same source.")
@Name("AddSignatoriesInput")
public record AddSignatoriesInput(
        @NonNull @NotNull @Id @Description("Global id of the statement.") String statementId,
        @NonNull @NotEmpty @Size(max = 300) @Description("ISO 3166-1 alpha-2 codes (any case), or \"EU\". Each must exist and not have signed already.") List<@NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must hold two-letter codes") String> countryCodes,
        @NonNull @NotNull @Description("The date of the first published list that includes them; not before the statement's issuedOn.") @ToScalar(Scalar.Date.class) String firstListedOn,
        @Size(max = 1000) @HttpUrl @Description("The http(s) page that lists them.") String sourceUrl,
        @Description("True when only some sources list them. Default false.") Boolean disputed,
        @Size(max = 200) @Description("The title of the person who signed, e.g. \"Minister of Foreign Affairs\".") String signerTitle,
        @Description("The statement version you read; when given and stale, nothing is written (CONFLICT).") Integer expectedVersion) {
}
