package org.statementatlas.graphql.batch;

import java.util.List;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayAndElementArgumentTypeResolver;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstNodeRenderingMode;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * Registers the HQL predicate {@code ids_contain(:ids, x)}: true when {@code x} is one of the ids bound as one array
 * ({@link Batch#ids}). It renders {@code x = any(?)}, which H2 and PostgreSQL both answer from an index on {@code x}.
 * <p>
 * Batched fields use it instead of {@code x in :ids} because Hibernate translates a query to SQL again on every
 * execution when a parameter may be bound to a list: its cache of SQL translations refuses such queries. An array is
 * one value, so each batched query is translated once. The array comes first because Hibernate lets the last
 * argument of a function take a list, which would make the query uncacheable again.
 * Found through {@code META-INF/services}.
 */
public class IdsContainFunction implements FunctionContributor {

    public static final String NAME = "ids_contain";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().register(NAME, new Descriptor(
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN)));
    }

    /** Renders the match; the array parameter takes its type from the id it is matched against. */
    private static final class Descriptor extends AbstractSqmSelfRenderingFunctionDescriptor {

        Descriptor(BasicType<Boolean> bool) {
            super(NAME, StandardArgumentsValidators.exactly(2), StandardFunctionReturnTypeResolvers.invariant(bool),
                    new ArrayAndElementArgumentTypeResolver(0, 1));
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                SqlAstTranslator<?> walker) {
            sql.appendSql('(');
            walker.render(arguments.get(1), SqlAstNodeRenderingMode.DEFAULT);
            sql.appendSql(" = any(");
            walker.render(arguments.get(0), SqlAstNodeRenderingMode.DEFAULT);
            sql.appendSql("))");
        }
    }
}
