package org.statementatlas.graphql.server;

import java.util.List;

import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

/**
 * Adds {@link StrictVariables} and {@link CostLimits} to the graphql-java engine that SmallRye builds, and reads
 * property fields through {@link LeanFields}, through SmallRye's {@link EventingService} SPI (registered in
 * META-INF/services). SmallRye offers no other way to add an
 * instrumentation; its CDI events would do the same but fire an event for every field of every request.
 */
public class EngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder hides what SmallRye configured; a throwaway build shows it (its query cache and schema).
        GraphQL built = builder.build();
        Instrumentation smallrye = built.getInstrumentation();
        Instrumentation limits = Arc.container().instance(CostLimits.class).get();
        return builder.schema(LeanFields.apply(built.getGraphQLSchema()))
                .instrumentation(new ChainedInstrumentation(List.of(new StrictVariables(), limits, smallrye)));
    }
}
