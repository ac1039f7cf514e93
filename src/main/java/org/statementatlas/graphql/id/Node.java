package org.statementatlas.graphql.id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The Relay Node interface: every object with a global id. A read model implements {@link #id()} (its row key, a
 * record component) and {@link #nodeType()}; the schema's {@code id} field is this interface's default method, so
 * every Node type serves it the same way, with the same description.
 */
@Interface
@Name("Node")
@Description("An object with an opaque global id that stays valid across requests.")
public interface Node {

    /** The row's database key; not in the schema. */
    @Ignore
    Long id();

    /** The type name encoded in the global id, e.g. {@code "Statement"}; {@code lookup.NodeTypes} decodes it. */
    @Ignore
    String nodeType();

    @Id
    @NonNull
    @Name("id")
    @Description("Opaque global id. Clients must not parse it; pass it back to node(id:), the typed lookups such as statement(id:), or filters.")
    default String getGlobalId() {
        return GlobalId.encode(nodeType(), id());
    }
}
