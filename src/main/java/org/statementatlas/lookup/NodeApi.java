package org.statementatlas.lookup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;

/** The Relay {@code node(id:)} entry point: any object by its global id. */
@GraphQLApi
@ApplicationScoped
public class NodeApi {

    @Query("node")
    @Description("Any object by its global id. A malformed, foreign or stale id gives null, not an error.")
    public Node findNode(@NonNull @Id @Description("A global id, as returned in any 'id' field.") String id) {
        return GlobalId.decode(id).map(NodeApi::load).orElse(null);
    }

    private static Node load(GlobalId.Decoded id) {
        return switch (id.type()) {
            case Statement.TYPE -> StatementQueries.byId(id.key()).orElse(null);
            case Country.TYPE -> CountryQueries.byId(id.key()).orElse(null);
            case SourceArticle.TYPE -> ArticleQueries.byId(id.key()).orElse(null);
            default -> null;
        };
    }
}
