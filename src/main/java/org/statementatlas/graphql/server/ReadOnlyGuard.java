package org.statementatlas.graphql.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.ConfigProvider;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.operations.AtlasConfig;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.language.SourceLocation;

/**
 * Makes the API read-only when {@code atlas.read-only} is true: every mutation operation is refused as a whole,
 * with extensions.code FORBIDDEN, before any of its fields is resolved. It swaps graphql-java's mutation execution
 * strategy rather than checking each mutation resolver, so mutations added later are covered without any change.
 * SmallRye GraphQL finds it through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}.
 */
public class ReadOnlyGuard implements EventingService {

    static final String CODE = "FORBIDDEN";
    static final String MESSAGE = "This Statement Atlas instance is read-only: mutations are disabled "
            + "(atlas.read-only=true).";

    /** Always on: the setting is read when the GraphQL engine is built, so it can change per run, not per build. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        boolean readOnly = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(AtlasConfig.class).readOnly();
        if (readOnly) {
            builder.mutationExecutionStrategy(new RefuseMutations());
        }
        return builder;
    }

    /** Answers a mutation with one FORBIDDEN error and no data, without executing any field. */
    static final class RefuseMutations extends ExecutionStrategy {

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
            SourceLocation location = context.getOperationDefinition().getSourceLocation();
            GraphQLError error = ApiError.of(CODE, MESSAGE, location == null ? List.of() : List.of(location), null,
                    Map.of());
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().data(null).addError(error).build());
        }
    }
}
