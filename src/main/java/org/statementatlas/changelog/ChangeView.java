package org.statementatlas.changelog;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.Node;

/** The read model of a change-log entry, as the schema serves it; loaded by projection ({@link ChangeQueries}). */
@Name("Change")
@Description("One write, as the change log recorded it in the same transaction: who made it, when, what it changed, and the data before and after.")
public record ChangeView(
        @Ignore Long id,
        @NonNull @Description("When the change was made (UTC).") Instant changedAt,
        @NonNull @Description("Who made the change: the name of the editor token that was used.") String actor,
        @NonNull @Description("The mutation that made the change, e.g. \"updateStatement\".") String operation,
        @NonNull @Description("The type of the object that changed, e.g. \"Statement\".") String entity,
        @NonNull @Description("Global id of the object that changed; for a deleted object, the id it had.") String entityId,
        @Description("The affected data before the change, as a JSON document; null when the change created the object.") String before,
        @Description("The affected data after the change, as a JSON document; null when the change deleted the object.") String after)
        implements
            Node {

    @Override
    public String nodeType() {
        return Change.TYPE;
    }
}
