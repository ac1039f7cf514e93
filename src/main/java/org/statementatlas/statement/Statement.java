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

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.Country;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A joint or national diplomatic statement. */
@Entity
@Description("A joint or national diplomatic statement.")
public class Statement extends PanacheEntityBase implements Node, SearchResult {

    public static final String TYPE = "Statement";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable, human-readable key, e.g. \"dprk-russia-ballistic-missile-transfers-2024-01\".")
    public String slug;

    @NonNull
    @Description("Title as published.")
    public String title;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Joint or national statement.")
    public StatementKind kind;

    @NonNull
    @Description("Date of first publication (ISO 8601).")
    public LocalDate issuedOn;

    @Description("City where it was issued, where known, e.g. \"Washington\".")
    public String issuedIn;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_id")
    public Country issuer;

    @Description("Who signs, in the statement's own terms, e.g. \"Ministers of Foreign Affairs\".")
    public String signerRole;

    @Description("A short summary of what the statement says.")
    public String summary;

    @Column(length = 1_000_000)
    @Description("Full text, where the dataset has it.")
    public String text;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<StatementSource> sources = new ArrayList<>();

    @Ignore
    @ElementCollection
    @CollectionTable(name = "statement_resolution", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    @Column(name = "resolution")
    public List<String> resolutionsCited = new ArrayList<>();

    @Version
    @NonNull
    @Description("Revision number, incremented by every change; writes must send the version they read.")
    public int version;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id; pass it back to node(id:) and the typed lookups.")
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
