package org.statementatlas.graphql.id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The Relay Node interface: every object with a global id. */
@Interface
@Name("Node")
@Description("An object with an opaque global id that stays valid across requests.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("Opaque global id. Clients must not parse it; pass it back to statement(id:), sourceArticle(id:) or filters.")
    String getGlobalId();
}
