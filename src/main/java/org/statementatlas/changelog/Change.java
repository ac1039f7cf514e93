package org.statementatlas.changelog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;
import org.statementatlas.graphql.id.NodeEntity;

/** One entry of the append-only change log: who changed what, when, and the data before and after. */
@Entity
@Table(name = "change_log")
@Immutable
@Description("One write, as the change log recorded it in the same transaction: who made it, when, what it changed, and the data before and after.")
public class Change extends NodeEntity {

    public static final String TYPE = "Change";

    @NonNull
    @Description("When the change was made (UTC).")
    public Instant changedAt;

    @NonNull
    @Description("Who made the change: the name of the editor token that was used.")
    public String actor;

    @NonNull
    @Description("The mutation that made the change, e.g. \"updateStatement\".")
    public String operation;

    @NonNull
    @Description("The type of the object that changed, e.g. \"Statement\".")
    public String entity;

    @NonNull
    @Description("Global id of the object that changed; for a deleted object, the id it had.")
    public String entityId;

    @Lob
    @Column(name = "before_json")
    @Description("The affected data before the change, as a JSON document; null when the change created the object.")
    public String before;

    @Lob
    @Column(name = "after_json")
    @Description("The affected data after the change, as a JSON document; null when the change deleted the object.")
    public String after;

    @Override
    protected String nodeType() {
        return TYPE;
    }
}
