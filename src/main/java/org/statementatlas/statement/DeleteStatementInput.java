package org.statementatlas.statement;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A statement to delete. */
@Description("A statement to delete, with its signatures.")
@Name("DeleteStatementInput")
public record DeleteStatementInput(
        @NonNull @NotNull @Id @Description("Global id of the statement.") String id,
        @Description("Also delete it when articles report it, unlinking them (the articles stay). Without it, such a delete fails with CONFLICT. Default false.") Boolean force,
        @Description("The statement version you read; when given and stale, nothing is deleted (CONFLICT).") Integer expectedVersion) {
}
