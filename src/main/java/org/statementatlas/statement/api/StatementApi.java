package org.statementatlas.statement.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementConnection;
import org.statementatlas.statement.StatementFilter;
import org.statementatlas.statement.StatementOrder;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementView;

/** The statement queries of the Query type; the fields of Statement itself are in {@link StatementResolver}. */
@GraphQLApi
@ApplicationScoped
public class StatementApi {

    private final FieldLoader loader;

    StatementApi(FieldLoader loader) {
        this.loader = loader;
    }

    @Query("statements")
    @Description("Statements matching a filter, newest first unless ordered otherwise. Page forward with first/after, backward with last/before.")
    public @NonNull StatementConnection findStatements(@Description("Which statements to list.") StatementFilter filter,
            @Description("Order; default ISSUED_ON DESC.") StatementOrder orderBy,
            @Description("Page size when paging forward: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after,
            @Description("Page size when paging backward: 1 to 100.") Integer last,
            @Description("Return the items before this cursor.") String before) {
        return new StatementConnection(
                StatementQueries.page(filter, orderBy, first, after, last, before, loader.selects("totalCount")));
    }

    @Query("statement")
    @Description("One statement by global id or by slug (give exactly one), or null if there is none.")
    public StatementView findStatement(@Id @Description("Global id of the statement.") String id,
            @Description("Slug of the statement, e.g. \"dprk-russia-joint-statement-2024-05-31\".") String slug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("Give exactly one of 'id' and 'slug'.", id == null ? "id" : "slug");
        }
        if (slug != null) {
            return StatementQueries.bySlug(slug).orElse(null);
        }
        return GlobalId.keyOf(id, Statement.TYPE, "id").flatMap(StatementQueries::byId).orElse(null);
    }
}
