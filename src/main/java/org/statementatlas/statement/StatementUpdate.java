package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.ChangeView;

/** One committed write to a followed statement, as statementUpdated delivers it. */
@Description("A committed write to the statement a statementUpdated subscription follows: the change-log entry and the statement as it is after it.")
public record StatementUpdate(
        @NonNull @Description("The change-log entry of the write (operation, actor, time, data before and after).") ChangeView change,
        @Description("The statement as committed by this write, with its own fields; null when the write deleted it. Fields that load other rows (signatories, sourceArticles, claims, ...) are not answered in an event: query statement(slug:) for them.") StatementView statement,
        @NonNull @Description("True when the write deleted the statement; it is the subscription's last event.") boolean deleted,
        @NonNull @Description("Number of signatories after the write (0 when deleted).") int signatoryCount) {
}
