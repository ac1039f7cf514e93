package org.statementatlas.graphql.server;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;

/**
 * Coerces Int and Float variables as the GraphQL spec does. SmallRye's number scalars accept any string or
 * number as a variable value and fail only when the field runs (a 200 with {@code data: null}); the spec
 * makes a value like {@code "ten"} or {@code 1e400} for an Int a variable coercion failure, answered before
 * execution. This check restores that for variables declared as Int or Float (or lists of them); values
 * inside input objects keep SmallRye's behaviour.
 */
final class StrictVariables implements Instrumentation {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Map<String, Object> values = context.getCoercedVariables().toMap();
        List<GraphQLError> errors = new ArrayList<>();
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            String problem = problem(definition.getType(), values.get(definition.getName()));
            if (problem != null) {
                errors.add(ApiError.of(ApiErrors.BAD_USER_INPUT, "Variable \"$" + definition.getName()
                        + "\" got invalid value " + shown(values.get(definition.getName())) + "; " + problem,
                        List.of(definition.getSourceLocation()), null, Map.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return context;
    }

    /** What is wrong with a value for a type, or null if nothing (or if this check does not cover the type). */
    static String problem(Type<?> type, Object value) {
        if (value == null) {
            return null; // a null for a non-null type is caught by graphql-java already
        }
        if (type instanceof NonNullType nonNull) {
            return problem(nonNull.getType(), value);
        }
        if (type instanceof ListType list) {
            if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    String problem = problem(list.getType(), item);
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            }
            return problem(list.getType(), value); // a single value coerces to a list of one
        }
        String name = ((TypeName) type).getName();
        if (name.equals("Int")) {
            BigDecimal number = number(value);
            if (number == null || number.stripTrailingZeros().scale() > 0) {
                return "Int cannot represent a non-integer value.";
            }
            if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
                return "Int cannot represent a value outside the 32-bit signed range.";
            }
        } else if (name.equals("Float") && number(value) == null) {
            return "Float cannot represent a non-numeric value.";
        }
        return null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return null;
    }

    private static String shown(Object value) {
        String text = value instanceof String string ? '"' + string + '"' : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
