package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.statementatlas.changelog.Editable;
import org.statementatlas.country.Country;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A joint or national diplomatic statement. */
@Entity
public class Statement extends PanacheEntityBase implements Editable {

    public static final String TYPE = "Statement";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    public LocalDate issuedOn;

    public String issuedIn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_id")
    public Country issuer;

    public String signerRole;

    public String summary;

    @Column(length = 1_000_000)
    public String text;

    @ElementCollection
    @CollectionTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<StatementSource> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_resolution", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    @Column(name = "resolution")
    public List<String> resolutionsCited = new ArrayList<>();

    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }

    @Override
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
