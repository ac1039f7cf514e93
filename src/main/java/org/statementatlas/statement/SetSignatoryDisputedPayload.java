package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of setSignatoryDisputed. */
@Description("The result of setSignatoryDisputed.")
public record SetSignatoryDisputedPayload(
        @NonNull @Description("The statement, with its new version.") StatementView statement,
        @NonNull @Description("The signature as it now stands.") SignatureView signatory) {
}
