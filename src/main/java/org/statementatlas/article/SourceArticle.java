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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.statementatlas.changelog.EditableEntity;
import org.statementatlas.graphql.id.GlobalId;

/** A news report about one or more statements, stored with its cleaned text. */
@Entity
public class SourceArticle extends EditableEntity {

    public static final String TYPE = "SourceArticle";

    @Override
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    public String url;

    public String headline;

    @Embedded
    public Outlet outlet;

    public String creditedOutlet;

    public String agency;

    public LocalDate publishedOn;

    public OffsetDateTime publishedAt;

    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;

    public String language;

    /** EDITOR when an editor set the publication date; re-ingesting keeps it then. */
    @Enumerated(EnumType.STRING)
    public FindingMethod dateMethod = FindingMethod.PIPELINE;

    /** EDITOR when an editor chose (or cleared) the statement the article reports; re-ingesting keeps it then. */
    @Enumerated(EnumType.STRING)
    public FindingMethod linkMethod = FindingMethod.PIPELINE;

    @Column(length = 1_000_000)
    public String text;

    public String contentHash;

    public Instant ingestedAt;

    /** Normalised like Statement.resolutionsCited, e.g. "S/RES/1718 (2006)"; served by a batched resolver. */
    @ElementCollection
    @CollectionTable(name = "source_article_resolution", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "resolution")
    public List<String> resolutionsCited = new ArrayList<>();
}
