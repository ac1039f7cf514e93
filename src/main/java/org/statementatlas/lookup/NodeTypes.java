package org.statementatlas.lookup;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.changelog.Change;
import org.statementatlas.changelog.ChangeQueries;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryGroup;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;

/**
 * The registry of the types that implement {@code Node}: the type name in their global ids, and the query that
 * loads one by its key. A new {@code Node} type is added here, and {@code LookupTest} fails until it is.
 */
final class NodeTypes {

    private static final Map<String, LongFunction<Optional<? extends Node>>> LOADERS = Map.of(
            Statement.TYPE, StatementQueries::byId,
            Country.TYPE, CountryQueries::byId,
            CountryGroup.TYPE, CountryQueries::groupById,
            SourceArticle.TYPE, ArticleQueries::byId,
            Change.TYPE, ChangeQueries::byId);

    private NodeTypes() {
    }

    /** The object of this type with this key; empty when the type is not a Node type or the object is gone. */
    static Optional<? extends Node> load(String type, long key) {
        LongFunction<Optional<? extends Node>> loader = LOADERS.get(type);
        return loader == null ? Optional.empty() : loader.apply(key);
    }
}
