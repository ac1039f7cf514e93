package org.statementatlas.lookup;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;

/** The Relay {@code node(id:)} entry point: any object by its global id, of any type {@link NodeTypes} registers. */
@GraphQLApi
@ApplicationScoped
public class NodeApi {

    @Query("node")
    @Description("Any object by its global id. A malformed, foreign or stale id gives null, not an error.")
    public Node findNode(@NonNull @Id @Description("A global id, as returned in any 'id' field.") String id) {
        return GlobalId.decode(id).flatMap(decoded -> NodeTypes.load(decoded.type(), decoded.key())).orElse(null);
    }
}
