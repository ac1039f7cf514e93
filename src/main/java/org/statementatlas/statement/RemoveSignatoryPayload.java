package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of removeSignatory. */
@Description("The result of removeSignatory.")
public record RemoveSignatoryPayload(@NonNull @Description("The statement, with its new version.") StatementView statement) {
}
