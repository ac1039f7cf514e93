package org.statementatlas.graphql.server;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.statementatlas.graphql.paging.PageRequest;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Measures an operation before it runs: depth, aliases and complexity.
 * <p>
 * Complexity counts the objects a response can hold the way GitHub counts nodes: a field with a
 * {@code first} argument contributes its page size (default 20, capped at 100 as the API caps it), times the
 * page sizes of the lists around it; an object list without {@code first} counts as {@code listWeight}
 * items; single objects, scalars and the {@code edges}/{@code nodes} of a connection (already counted by the
 * connection) add nothing themselves. Fragments are measured once and reused, so that fragments spreading
 * fragments cannot make the measurement itself expensive; the arithmetic saturates instead of overflowing.
 * Every selection counts, even one that {@code @skip}, {@code @include} or a type condition would leave out.
 * Introspection fields ({@code __schema}, {@code __type}) are left to graphql-java's good-faith introspection
 * check, which bounds them on its own.
 */
final class QueryCost {

    /** What an operation (or a part of it) measures. */
    record Measure(int depth, long complexity, long aliases) {

        static final Measure NONE = new Measure(0, 0, 0);
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int listWeight;
    private final Map<String, Measure> measuredFragments = new HashMap<>();
    private final Set<String> measuring = new HashSet<>();

    private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
            int listWeight) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.listWeight = listWeight;
    }

    /** Measures one operation of a validated document, with its coerced variable values. */
    static Measure of(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables, int listWeight) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        return new QueryCost(schema, fragments, variables, listWeight).selectionSet(operation.getSelectionSet(), root);
    }

    private Measure selectionSet(SelectionSet selectionSet, GraphQLCompositeType parent) {
        if (selectionSet == null || parent == null) {
            return Measure.NONE;
        }
        int depth = 0;
        long complexity = 0;
        long aliases = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            Measure measure;
            if (selection instanceof Field field) {
                measure = field(field, parent);
            } else if (selection instanceof InlineFragment inline) {
                measure = selectionSet(inline.getSelectionSet(), typeOr(inline.getTypeCondition(), parent));
            } else if (selection instanceof FragmentSpread spread) {
                measure = fragment(spread.getName());
            } else {
                measure = Measure.NONE;
            }
            depth = Math.max(depth, measure.depth());
            complexity = add(complexity, measure.complexity());
            aliases = add(aliases, measure.aliases());
        }
        return new Measure(depth, complexity, aliases);
    }

    private Measure field(Field field, GraphQLCompositeType parent) {
        long aliases = field.getAlias() != null ? 1 : 0;
        if (field.getName().startsWith("__")) {
            return new Measure(0, 0, aliases);
        }
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(field.getName())
                : null;
        if (definition == null || field.getSelectionSet() == null
                || !(GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType type)) {
            return new Measure(1, 0, aliases);
        }
        Measure below = selectionSet(field.getSelectionSet(), type);
        GraphQLType outer = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        Long pageSize = pageSize(field, definition);
        long weight;
        boolean counted;
        if (pageSize != null) {
            weight = pageSize;
            counted = true;
        } else if (GraphQLTypeUtil.isList(outer) && !isConnection(parent)) {
            weight = listWeight;
            counted = true;
        } else {
            weight = 1;
            counted = false;
        }
        long complexity = add(counted ? weight : 0, multiply(weight, below.complexity()));
        return new Measure(below.depth() + 1, complexity, add(aliases, below.aliases()));
    }

    private Measure fragment(String name) {
        Measure known = measuredFragments.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !measuring.add(name)) {
            return Measure.NONE; // unknown or cyclic: validation rejects both before this runs
        }
        Measure measure = selectionSet(definition.getSelectionSet(), typeOr(definition.getTypeCondition(), null));
        measuring.remove(name);
        measuredFragments.put(name, measure);
        return measure;
    }

    /** The page size a field asks for, or null when it takes no first (or last) argument. */
    private Long pageSize(Field field, GraphQLFieldDefinition definition) {
        String argumentName = definition.getArgument("first") != null
                ? "first"
                : definition.getArgument("last") != null ? "last" : null;
        if (argumentName == null) {
            return null;
        }
        Object value = null;
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(argumentName)) {
                value = valueOf(argument.getValue());
            }
        }
        long size = value instanceof Number number ? number.longValue() : PageRequest.DEFAULT_SIZE;
        // Sizes out of range are refused by PageRequest with BAD_USER_INPUT; they must not count as more.
        return Math.max(0, Math.min(size, PageRequest.MAX_SIZE));
    }

    private Object valueOf(Value<?> value) {
        if (value instanceof IntValue intValue) {
            BigInteger big = intValue.getValue();
            return big.bitLength() < 63 ? big.longValue() : Long.MAX_VALUE;
        }
        if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        }
        return null;
    }

    private GraphQLCompositeType typeOr(TypeName condition, GraphQLCompositeType fallback) {
        if (condition != null && schema.getType(condition.getName()) instanceof GraphQLCompositeType type) {
            return type;
        }
        return fallback;
    }

    private static boolean isConnection(GraphQLCompositeType type) {
        return type.getName().endsWith("Connection");
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
