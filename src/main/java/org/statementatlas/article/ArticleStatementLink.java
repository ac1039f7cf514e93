package org.statementatlas.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.statementatlas.statement.Statement;

/** Records that an article reports a statement, how sure that is and how it was decided. */
@Entity
public class ArticleStatementLink extends ArticlePart {

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
