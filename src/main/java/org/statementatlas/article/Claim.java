package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.statement.Statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A signatory count an article states, e.g. "47 countries". The verdict is not stored: {@link ClaimChecker} computes it
 * from the signatures whenever claims are read, so it follows corrections to the signatory list.
 */
@Entity
@Description("A signatory count an article states, e.g. \"47 countries\", checked against the signatory list on the day the article was published.")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Description("The article that states the claim.")
    public SourceArticle article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    @Description("The statement the claim is about: the one the article reports; null when the article is linked to none.")
    public Statement statement;

    @Ignore
    public int position;

    @NonNull
    @Description("The words of the claim as the article prints them, e.g. \"Nearly 50 countries\".")
    public String phrase;

    @Column(name = "claimed_value")
    @Description("The number claimed, from digits or words: 47 for \"forty-seven\", 50 for \"nearly 50\".")
    public int value;

    @Description("True when the article hedges the number (\"nearly\", \"about\", \"more than\").")
    public boolean approximate;

    @Enumerated(EnumType.STRING)
    @Description("The hedging word, when the claim is approximate.")
    public ClaimQualifier qualifier;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What the number counts, and so which signatures it is checked against.")
    public ClaimUnit counts;

    @Description("True when the claim is in the headline rather than the text; its offsets are then null.")
    public boolean inHeadline;

    @Column(name = "start_offset")
    @Description("Offset of the phrase in SourceArticle.text (UTF-16 code units); null for a headline claim.")
    public Integer start;

    @Column(name = "end_offset")
    @Description("Offset just after the phrase; null for a headline claim.")
    public Integer end;

    @Transient
    @Description("The signatory count, in the claim's unit, as of the article's publication date (signatures first listed on or before it, disputed ones left out); null when the date or the statement is not known.")
    public Integer actualOnPublication;

    @Transient
    @Description("How the claim compares with actualOnPublication; null when the claim is tied to no statement.")
    public Verdict verdict;

    @Transient
    @NonNull
    @Description("Why the verdict is what it is, in a sentence, with the numbers compared.")
    public String explanation = "";
}
