package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A passage an article quotes, with its speaker when the sentence names one. */
@Entity
@Description("A passage an article quotes.")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public SourceArticle article;

    @Ignore
    public int position;

    @NonNull
    @Description("The quoted words, without the quotation marks.")
    public String text;

    @Description("Who is quoted, as the sentence names them, e.g. \"the statement\" or \"UK's Foreign Office spokesperson\"; null when not named.")
    public String speaker;

    @Column(name = "start_offset")
    @Description("Offset of the quoted words in SourceArticle.text (UTF-16 code units).")
    public int start;

    @Column(name = "end_offset")
    @Description("Offset just after the quoted words.")
    public int end;
}
