package org.statementatlas.changelog;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.graphql.batch.FieldLoader;

/**
 * Reads the change log as pages (the {@code changes} query; {@link ChangeSubscriptions} serves it live). It is
 * read-only: the API has no operation that edits or removes an entry.
 */
@GraphQLApi
@ApplicationScoped
public class ChangeApi {

    private final FieldLoader loader;

    ChangeApi(FieldLoader loader) {
        this.loader = loader;
    }

    @Query("changes")
    @Description("The change log, newest first: every successful write with its actor, time and the data before and after.")
    public @NonNull ChangeConnection findChanges(
            @Description("Only changes to objects of this type, e.g. \"Statement\", \"CountryGroup\", \"SourceArticle\".") String entity,
            @Id @Description("Only changes to the object with this global id.") String entityId,
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        return new ChangeConnection(ChangeQueries.page(entity, entityId, first, after, loader.selects("totalCount")));
    }
}
