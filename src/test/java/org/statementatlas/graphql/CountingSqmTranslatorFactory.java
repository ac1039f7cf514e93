package org.statementatlas.graphql;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Hibernate's translator of queries to SQL, counting each translation of a select. Hibernate statistics count only
 * the parsing of HQL (the query plan cache); this counts the step after it, which Hibernate skips when it reuses a
 * query's SQL. Installed in the test profile ({@code hibernate.query.sqm.translator}).
 */
public class CountingSqmTranslatorFactory extends StandardSqmTranslatorFactory {

    private static final AtomicLong SELECTS = new AtomicLong();

    /** How many selects were translated to SQL since the start. */
    public static long selectTranslations() {
        return SELECTS.get();
    }

    @Override
    public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> sqm, QueryOptions options,
            DomainParameterXref xref, QueryParameterBindings bindings, LoadQueryInfluencers influencers,
            SqlAstCreationContext context, boolean deduplicateSelectionItems) {
        SELECTS.incrementAndGet();
        return super.createSelectTranslator(sqm, options, xref, bindings, influencers, context,
                deduplicateSelectionItems);
    }
}
