package org.statementatlas.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.StatementDeletion;

/** Answers for articles when a statement is about to be deleted: which report it, and unlinks them if forced. */
@ApplicationScoped
public class ReportingArticles {

    void onStatementDeletion(@Observes StatementDeletion deletion) {
        List<Long> articleIds = ArticleQueries.reportingIds(deletion.statement());
        deletion.reportedBy(articleIds.stream().map(id -> GlobalId.encode(SourceArticle.TYPE, id)).toList());
        if (deletion.force()) {
            ArticleStatementLink.delete("statement", deletion.statement());
        }
    }
}
