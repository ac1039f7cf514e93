package org.statementatlas.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of addSignatories. */
@Description("The result of addSignatories.")
public record AddSignatoriesPayload(
        @NonNull @Description("The statement, with its new version.") StatementView statement,
        @NonNull @Description("The signatures that were added.") List<@NonNull SignatureView> added) {
}
