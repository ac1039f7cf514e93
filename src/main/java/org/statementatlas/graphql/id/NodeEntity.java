package org.statementatlas.graphql.id;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An entity that is a {@link Node}: its database id, kept out of the schema, and the global id built from it
 * and the entity's type name.
 */
@MappedSuperclass
public abstract class NodeEntity extends PanacheEntityBase implements Node {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    /** The type name that global ids of this entity carry, e.g. "Statement". */
    protected abstract String nodeType();

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id; pass it back to node(id:) and the typed lookups.")
    public String getGlobalId() {
        return GlobalId.encode(nodeType(), id);
    }
}
