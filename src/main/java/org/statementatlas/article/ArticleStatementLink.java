package org.statementatlas.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.statementatlas.statement.Statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Records that an article reports a statement, how sure that is and how it was decided. */
@Entity
public class ArticleStatementLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public SourceArticle article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    /** In [0, 1]; 1 for curated links. */
    public double confidence;

    @Enumerated(EnumType.STRING)
    public LinkMethod method;

    public ArticleStatementLink() {
    }

    public ArticleStatementLink(SourceArticle article, Statement statement, double confidence, LinkMethod method) {
        this.article = article;
        this.statement = statement;
        this.confidence = confidence;
        this.method = method;
    }
}
