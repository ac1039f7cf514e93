package org.statementatlas.graphql.server;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.LimitExceededException;

import io.quarkus.arc.Unremovable;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Enforces the cost limits inside graphql-java: depth, complexity and aliases of the operation once its
 * variables are known (before any field runs), and the time budget before each field is fetched. The limits
 * on the document itself (length, tokens) are checked earlier, by {@link GraphQLEndpoint}, so that an
 * oversized document is never parsed in full.
 */
@Singleton // no client proxy: graphql-java calls it for every object and field of every request
@Unremovable // looked up by EngineSetup, which CDI does not see
class CostLimits implements Instrumentation {

    private static final Logger LOG = Logger.getLogger(CostLimits.class);

    private final GraphQLConfig.Limits limits;

    CostLimits(GraphQLConfig config) {
        this.limits = config.limits();
    }

    /**
     * The document length, checked by {@link GraphQLEndpoint} for HTTP, is checked here again for what it does not
     * see: subscribe messages on the WebSocket.
     */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        int length = input.getQuery() == null ? 0 : input.getQuery().length();
        if (length > limits.maxQueryLength()) {
            throw new AbortExecutionException(List.of(new LimitExceededException(String.format(
                    "The query has %2$d characters; at most %1$d are allowed.", limits.maxQueryLength(), length),
                    LimitExceededException.QUERY_LENGTH, limits.maxQueryLength(), length).toError()));
        }
        return input;
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        QueryCost.Measure measure = QueryCost.of(context.getGraphQLSchema(), context.getOperationDefinition(),
                context.getFragmentsByName(), context.getCoercedVariables().toMap(), limits.listWeight());
        LOG.debugf("Operation measures depth %d, complexity %d, aliases %d", measure.depth(), measure.complexity(),
                measure.aliases());
        List<GraphQLError> errors = new ArrayList<>();
        check(errors, LimitExceededException.DEPTH, limits.maxDepth(), measure.depth(),
                "The query is nested %2$d levels deep; at most %1$d are allowed.");
        check(errors, LimitExceededException.COMPLEXITY, limits.maxComplexity(), measure.complexity(),
                "The query could return %2$d objects; at most %1$d are allowed. Ask for smaller pages (first).");
        check(errors, LimitExceededException.ALIASES, limits.maxAliases(), measure.aliases(),
                "The query has %2$d aliases; at most %1$d are allowed.");
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return context;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher; // reads a property of an object already loaded: nothing to save
        }
        Deadline deadline = parameters.getExecutionContext().getGraphQLContext().get(Deadline.KEY);
        if (deadline == null) {
            return dataFetcher;
        }
        return environment -> {
            deadline.check();
            return dataFetcher.get(environment);
        };
    }

    private static void check(List<GraphQLError> errors, String measure, long limit, long measured, String message) {
        if (measured > limit) {
            errors.add(new LimitExceededException(String.format(message, limit, measured), measure, limit, measured)
                    .toError());
        }
    }
}
