package org.statementatlas.graphql.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;
import org.statementatlas.graphql.error.ApiException;
import org.statementatlas.graphql.error.BadUserInputException;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;

/** The errors clients see are built from what graphql-java and SmallRye report, without leaking internals. */
class ApiErrorsTest {

    @Test
    void unexpectedExceptionBecomesInternalWithACorrelationIdThatIsAlsoLogged() {
        Map<String, Object> error;
        List<LogRecord> logged;
        try (ErrorLogCapture log = ErrorLogCapture.start()) {
            error = map(new IllegalStateException("secret table STATEMENT_X is locked"), true).toSpecification();
            logged = log.records();
        }
        Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
        assertEquals("INTERNAL", extensions.get("code"));
        String id = (String) extensions.get("correlationId");
        assertThat(error.toString(), not(containsString("secret")));
        assertThat(error.toString(), not(containsString("IllegalStateException")));
        assertEquals(List.of("statement", "title"), error.get("path"));
        List<LogRecord> errors = logged.stream()
                .filter(r -> String.valueOf(r.getMessage()).contains(id) || formatted(r).contains(id)).toList();
        assertEquals(1, errors.size(), "one ERROR line with the correlation id");
    }

    @Test
    void apiExceptionKeepsItsMessageCodeAndExtensions() {
        Map<String, Object> error = map(new BadUserInputException("Argument 'first' is bad.", "first"), true)
                .toSpecification();
        assertEquals("Argument 'first' is bad.", error.get("message"));
        assertEquals(Map.of("code", "BAD_USER_INPUT", "field", "first"), error.get("extensions"));
    }

    @Test
    void apiExceptionCanAddAnyExtensionButNotReplaceTheCode() {
        ApiException conflict = new ApiException("Changed meanwhile.") {

            @Override
            public String code() {
                return "CONFLICT";
            }

            @Override
            public Map<String, Object> extensions() {
                return Map.of("currentVersion", 7, "code", "SOMETHING_ELSE", "correlationId", "forged");
            }
        };
        Map<String, Object> error = map(conflict, true).toSpecification();
        assertEquals(Map.of("code", "CONFLICT", "currentVersion", 7), error.get("extensions"));
    }

    @Test
    void timeBudgetErrorsOfManyFieldsAreReportedOnce() {
        Deadline spent = new Deadline(java.time.Duration.ZERO);
        List<GraphQLError> errors = List.of(fetching(spent.exceeded()), fetching(spent.exceeded()),
                fetching(new BadUserInputException("bad", "x")));
        List<GraphQLError> mapped = ApiErrors.map(errors, true);
        assertEquals(2, mapped.size());
        assertEquals("timeMs", mapped.get(0).getExtensions().get("measure"));
        assertEquals("BAD_USER_INPUT", mapped.get(1).getExtensions().get("code"));
    }

    private static ApiError map(Throwable exception, boolean dataPresent) {
        return (ApiError) ApiErrors.map(List.of(fetching(exception)), dataPresent).get(0);
    }

    private static GraphQLError fetching(Throwable exception) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/statement/title"), exception, new SourceLocation(1, 3));
    }

    private static String formatted(LogRecord record) {
        Object[] parameters = record.getParameters();
        return parameters == null ? "" : java.util.Arrays.toString(parameters);
    }
}
