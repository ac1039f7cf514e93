package org.statementatlas.explorer;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.statementatlas.article.SourceArticle;
import org.statementatlas.country.Country;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.Statement;

/** Tells whether the object an explorer URL names exists, so that an unknown one is answered with 404. */
@ApplicationScoped
class PageObjects {

    @ActivateRequestContext
    boolean exist(String page, String key) {
        return switch (page) {
            case "statements" -> Statement.count("slug", key) > 0;
            case "countries" -> Country.findByCode(key.toUpperCase(Locale.ROOT)).isPresent();
            default -> GlobalId.decode(key).filter(id -> id.type().equals(SourceArticle.TYPE))
                    .map(id -> SourceArticle.count("id", id.key()) > 0).orElse(false);
        };
    }
}
