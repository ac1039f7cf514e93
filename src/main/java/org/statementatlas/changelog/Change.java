package org.statementatlas.changelog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the append-only change log: who changed what, when, and the data before and after. */
@Entity
@Table(name = "change_log")
@Immutable
public class Change extends PanacheEntityBase {

    public static final String TYPE = "Change";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant changedAt;

    public String actor;

    public String operation;

    public String entity;

    public String entityId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "before_json")
    public String before;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "after_json")
    public String after;

    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
