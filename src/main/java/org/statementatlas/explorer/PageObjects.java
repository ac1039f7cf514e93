package org.statementatlas.explorer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.StatementQueries;

/** Tells whether the object an explorer URL names exists, so that an unknown one is answered with 404. */
@ApplicationScoped
class PageObjects {

    @ActivateRequestContext
    boolean exist(String page, String key) {
        return switch (page) {
            case "statements" -> StatementQueries.bySlug(key).isPresent();
            case "countries" -> CountryQueries.byCode(key).isPresent();
            default -> GlobalId.decode(key).filter(id -> id.type().equals(SourceArticle.TYPE))
                    .flatMap(id -> ArticleQueries.byId(id.key())).isPresent();
        };
    }
}
