package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of createStatement. */
@Description("The result of createStatement.")
public record CreateStatementPayload(@NonNull @Description("The new statement, at version 0.") StatementView statement) {
}
