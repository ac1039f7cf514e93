package org.statementatlas.changelog;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The columns of an entity that mutations edit through {@link Edits}: its generated id and its version. */
@MappedSuperclass
public abstract class EditableEntity extends PanacheEntityBase implements Editable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }
}
