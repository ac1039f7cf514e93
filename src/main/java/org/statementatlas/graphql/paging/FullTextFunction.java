package org.statementatlas.graphql.paging;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionArgumentTypeResolvers;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstNodeRenderingMode;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * Registers the HQL function {@code fulltext(x1, ..., xn, :query)} on PostgreSQL: true when the text columns, read as
 * one document, match a tsquery ({@link Conditions#fullTextQuery}). It renders
 * {@code to_tsvector('simple', coalesce(x1, '') || ' ' || ...) @@ to_tsquery('simple', :query)}, the very expression
 * the GIN indexes of the PostgreSQL migrations are built on, so that the planner uses them. The {@code simple}
 * configuration lower-cases words without stemming: names and titles in any language match as written. Found through
 * {@code META-INF/services}; on other databases nothing is registered and the text filters use LIKE.
 */
public class FullTextFunction implements FunctionContributor {

    public static final String NAME = "fulltext";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        if (contributions.getDialect() instanceof PostgreSQLDialect) {
            contributions.getFunctionRegistry().register(NAME, new Descriptor(
                    contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN)));
        }
    }

    /** Renders the match. */
    private static final class Descriptor extends AbstractSqmSelfRenderingFunctionDescriptor {

        Descriptor(BasicType<Boolean> bool) {
            super(NAME, StandardArgumentsValidators.min(2), StandardFunctionReturnTypeResolvers.invariant(bool),
                    StandardFunctionArgumentTypeResolvers.NULL);
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                SqlAstTranslator<?> walker) {
            sql.appendSql("(to_tsvector('simple', ");
            for (int i = 0; i < arguments.size() - 1; i++) {
                if (i > 0) {
                    sql.appendSql(" || ' ' || ");
                }
                sql.appendSql("coalesce(");
                walker.render(arguments.get(i), SqlAstNodeRenderingMode.DEFAULT);
                sql.appendSql(", '')");
            }
            sql.appendSql(") @@ to_tsquery('simple', ");
            walker.render(arguments.get(arguments.size() - 1), SqlAstNodeRenderingMode.DEFAULT);
            sql.appendSql("))");
        }
    }
}
