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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.Country;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country that an article mentions, with every place it does so. */
@Entity
@Description("A country that an article's cleaned text mentions, with every occurrence.")
public class Mention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public SourceArticle article;

    @NonNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    @Description("The country mentioned.")
    public Country country;

    @Column(name = "mention_count")
    @Description("How many times the text mentions the country.")
    public int count;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The most direct way the country was named: NAME before ALIAS before DEMONYM before CAPITAL. Each occurrence has its own in offsets.")
    public MatchKind matchedAs;

    @NonNull
    @ElementCollection
    @CollectionTable(name = "mention_span", joinColumns = @JoinColumn(name = "mention_id"))
    @OrderColumn(name = "position")
    @Description("Every occurrence, in text order, for highlighting.")
    public List<@NonNull TextSpan> offsets = new ArrayList<>();
}
