package org.statementatlas.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** What a claim really says: its number, unit and hedge, all three. */
@Description("What a claim really says: its number, what it counts and its hedge, all three (a left-out qualifier makes the number exact).")
@Name("UpdateClaimInput")
public record UpdateClaimInput(
        @NonNull @NotNull @Id @Description("Global id of the claim (Claim.id).") String claimId,
        @NonNull @NotNull @Description("The version you read of the claim's article (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @NonNull @NotNull @Min(0) @Description("The number claimed.") Integer value,
        @NonNull @NotNull @Description("What the number counts.") ClaimUnit counts,
        @Description("The hedging word; leave it out for an exact number.") ClaimQualifier qualifier) {
}
