package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of updateStatement. */
@Description("The result of updateStatement.")
public record UpdateStatementPayload(
        @NonNull @Description("The statement as changed, with its new version.") StatementView statement) {
}
