package org.statementatlas.article;

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

import org.statementatlas.country.Country;

/** A country that an article mentions, with every place it does so. */
@Entity
public class Mention extends ArticlePart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public Country country;

    @Column(name = "mention_count")
    public int count;

    @Enumerated(EnumType.STRING)
    public MatchKind matchedAs;

    /** EDITOR once an editor added the mention or changed its occurrences; re-ingesting keeps it then. */
    @Enumerated(EnumType.STRING)
    public FindingMethod method = FindingMethod.PIPELINE;

    @ElementCollection
    @CollectionTable(name = "mention_span", joinColumns = @JoinColumn(name = "mention_id"))
    @OrderColumn(name = "position")
    public List<TextSpan> offsets = new ArrayList<>();
}
