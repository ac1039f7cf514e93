package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

/** Which statements to list; all given conditions must hold. */
@Input("StatementFilter")
@Description("Which statements to list. All given conditions must hold; country codes match in any case.")
public record StatementFilter(
        @Description("Signed by at least one of these countries (ISO alpha-2 codes, or \"EU\").") @Nullable List<@NonNull String> signedBy,
        @Description("Signed by every one of these countries.") @Nullable List<@NonNull String> signedByAll,
        @Description("Signed by none of these countries.") @Nullable List<@NonNull String> notSignedBy,
        @Description("Only statements of this kind.") StatementKind kind,
        @Description("Issued on or after this date (ISO 8601).") LocalDate issuedAfter,
        @Description("Issued on or before this date (ISO 8601).") LocalDate issuedBefore,
        @Description("Words that the title, summary or text contain, in any case (1 to 200 characters).") String text) {
}
