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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.statementatlas.changelog.EditableEntity;
import org.statementatlas.country.Country;
import org.statementatlas.graphql.id.GlobalId;

/** A joint or national diplomatic statement. */
@Entity
public class Statement extends EditableEntity {

    public static final String TYPE = "Statement";

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

    @Override
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
