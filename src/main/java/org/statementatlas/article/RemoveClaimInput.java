package org.statementatlas.article;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A false claim to take off an article. */
@Description("A false claim to take off its article.")
@Name("RemoveClaimInput")
public record RemoveClaimInput(
        @NonNull @NotNull @Id @Description("Global id of the claim (Claim.id).") String claimId,
        @NonNull @NotNull @Description("The version you read of the claim's article (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion) {
}
