package org.statementatlas.graphql.error;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.UnknownOperationException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;

/**
 * Turns whatever graphql-java and SmallRye report into the errors the API promises: every error has an
 * {@code extensions.code}, no class name or stack trace reaches the client, and an unexpected exception
 * becomes {@code INTERNAL} with a correlation id that the one log line about it carries too. Client
 * mistakes are logged at DEBUG only.
 */
public final class ApiErrors {

    /** Extension key of the id that ties an INTERNAL error to its log line. */
    public static final String CORRELATION_ID = "correlationId";

    // Codes besides those of ApiException subclasses (BAD_USER_INPUT, NOT_FOUND, ...).
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    public static final String PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
    public static final String PERSISTED_QUERY_NOT_IN_ALLOW_LIST = "PERSISTED_QUERY_NOT_IN_ALLOW_LIST";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String INTERNAL = "INTERNAL";

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);
    private static final Pattern SMALLRYE_MESSAGE_ID = Pattern.compile("^SRGQL\\d+: ");

    private ApiErrors() {
    }

    /**
     * The API's form of the errors of one result.
     *
     * @param dataPresent whether execution started: a validation error reported during execution is about an
     *        argument value (SmallRye's argument conversion), not about the document
     */
    public static List<GraphQLError> map(List<GraphQLError> errors, boolean dataPresent) {
        List<GraphQLError> mapped = new ArrayList<>(errors.size());
        Set<List<Object>> failedPaths = new HashSet<>();
        for (GraphQLError error : errors) {
            if (!(error instanceof NonNullableFieldWasNullError) && error.getPath() != null) {
                failedPaths.add(error.getPath());
            }
        }
        boolean timeBudgetReported = false;
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError && failedPaths.contains(error.getPath())) {
                continue; // the null left by an error already reported for this field, not a second failure
            }
            ApiError api = map(error, dataPresent);
            // Once the time budget is spent, every field still to be fetched fails alike: one error says it.
            if (LimitExceededException.TIME.equals(api.getExtensions().get(LimitExceededException.MEASURE))) {
                if (timeBudgetReported) {
                    continue;
                }
                timeBudgetReported = true;
            }
            mapped.add(api);
        }
        return mapped;
    }

    static ApiError map(GraphQLError error, boolean dataPresent) {
        if (error instanceof ApiError api) {
            return api;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(unwrap(fetching.getException()), error);
        }
        if (error instanceof InvalidSyntaxError) {
            return like(error, GRAPHQL_PARSE_FAILED, error.getMessage());
        }
        if (error instanceof ValidationError validation) {
            return dataPresent
                    ? like(error, BAD_USER_INPUT, validation.getDescription())
                    : like(error, GRAPHQL_VALIDATION_FAILED, validation.getMessage());
        }
        if (error instanceof UnknownOperationException) {
            return like(error, OPERATION_RESOLUTION_FAILURE, error.getMessage());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return like(error, LIMIT_EXCEEDED, error.getMessage()).with(LimitExceededException.MEASURE, "introspection");
        }
        if (error.getErrorType() == ErrorType.ValidationError
                || "ValidationError".equals(String.valueOf(error.getErrorType()))) {
            // Variable values that do not coerce to their declared types, and bean validation failures.
            return like(error, BAD_USER_INPUT, error.getMessage());
        }
        return internal(new IllegalStateException(error.getClass().getName() + ": " + error.getMessage()), error);
    }

    private static ApiError fromException(Throwable exception, GraphQLError where) {
        if (exception instanceof ApiException api) {
            LOG.debugf("Client error %s at %s: %s", api.code(), where.getPath(), api.getMessage());
            return ApiError.of(api.code(), api.getMessage(), where.getLocations(), where.getPath(), api.extensions());
        }
        if (exception instanceof CoercingParseValueException || exception instanceof CoercingParseLiteralException) {
            // An argument value SmallRye's lenient scalars let through, then failed to convert.
            String message = SMALLRYE_MESSAGE_ID.matcher(String.valueOf(exception.getMessage())).replaceFirst("");
            return like(where, BAD_USER_INPUT, message);
        }
        return internal(exception, where);
    }

    /** An unexpected failure: a generic message for the client, the details and the same id in the log. */
    public static ApiError internal(Throwable cause, GraphQLError where) {
        String id = UUID.randomUUID().toString();
        String at = where == null || where.getPath() == null ? "request" : String.valueOf(where.getPath());
        LOG.errorf(cause, "Internal error %s at %s", id, at);
        ApiError error = where == null
                ? ApiError.of(INTERNAL, "Internal error. Reference: " + id)
                : ApiError.of(INTERNAL, "Internal error. Reference: " + id, where.getLocations(), where.getPath(),
                        Map.of());
        return error.with(CORRELATION_ID, id);
    }

    private static ApiError like(GraphQLError error, String code, String message) {
        LOG.debugf("Client error %s: %s", code, message);
        return ApiError.of(code, Objects.requireNonNullElse(message, code), error.getLocations(), error.getPath(),
                new LinkedHashMap<>());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
