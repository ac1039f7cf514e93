package org.statementatlas.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A news report about one or more statements, stored with its cleaned text. */
@Entity
@Description("A news article that reports one or more statements.")
public class SourceArticle extends PanacheEntityBase implements Node, SearchResult {

    public static final String TYPE = "SourceArticle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Address of the article. Unique.")
    public String url;

    @Description("Headline, where known.")
    public String headline;

    @NonNull
    @Embedded
    @Description("The outlet that published the article.")
    public Outlet outlet;

    @Description("The outlet the article itself credits as its source, e.g. \"European Pravda\" or \"diplomatie.gouv.fr\".")
    public String creditedOutlet;

    @Description("Wire agency the article comes from, e.g. \"AFP\".")
    public String agency;

    @Description("Publication date (in the outlet's time zone), where known.")
    public LocalDate publishedOn;

    @Description("Publication time with offset, when the article gives one.")
    public OffsetDateTime publishedAt;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How precisely the publication time is known.")
    public DatePrecision datePrecision;

    @NonNull
    @Description("Language of the text (ISO 639-1), e.g. \"en\".")
    public String language;

    @NonNull
    @Column(length = 1_000_000)
    @Description("The article body, cleaned of site chrome (banners, ads, related links, comments).")
    public String text;

    @NonNull
    @Description("SHA-256 (hex) of the cleaned text, used to recognise the same article under another address.")
    public String contentHash;

    @NonNull
    @Description("When the article was stored or last updated.")
    public Instant ingestedAt;

    /** Normalised like Statement.resolutionsCited, e.g. "S/RES/1718 (2006)"; served by a batched resolver. */
    @Ignore
    @ElementCollection
    @CollectionTable(name = "source_article_resolution", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "resolution")
    public List<String> resolutionsCited = new ArrayList<>();

    @Ignore
    @Version
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
