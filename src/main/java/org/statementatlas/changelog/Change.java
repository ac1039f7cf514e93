package org.statementatlas.changelog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the append-only change log: who changed what, when, and the data before and after. */
@Entity
@Table(name = "change_log")
@Immutable
@Description("One write, as the change log recorded it in the same transaction: who made it, when, what it changed, and the data before and after.")
public class Change extends PanacheEntityBase implements Node {

    public static final String TYPE = "Change";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

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

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "before_json")
    @Description("The affected data before the change, as a JSON document; null when the change created the object.")
    public String before;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "after_json")
    @Description("The affected data after the change, as a JSON document; null when the change deleted the object.")
    public String after;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id of this change-log entry.")
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
