package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.execution.ExecutionResponse;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;

/** The streamed JSON of a result is byte for byte what SmallRye's ExecutionResponse writes. */
class ResultJsonTest {

    private enum Kind {
        JOINT_STATEMENT
    }

    @Test
    void writesEveryValueKindAsSmallRyeDoes() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("quote", "He said \"no\" \\ then\n\t\r\b\f left \u0001 \u001f \u007f / </script>");
        row.put("unicode", "Côte d’Ivoire, 대한민국, emoji 😀 and a lone surrogate-free \u2028 line");
        row.put("int", 42);
        row.put("negative", -7);
        row.put("long", 9_007_199_254_740_993L);
        row.put("double", 0.1);
        row.put("wholeDouble", 3.0);
        row.put("bigDouble", 1.0e20);
        row.put("tinyDouble", 1.5e-9);
        row.put("float", 2.5f);
        row.put("bigDecimal", new BigDecimal("12345678901234567890.000100"));
        row.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        row.put("bool", true);
        row.put("nothing", null);
        row.put("kind", Kind.JOINT_STATEMENT);
        row.put("empty", List.of());
        row.put("emptyObject", Map.of());
        List<Object> list = new ArrayList<>(Arrays.asList("a", null, 1, false));
        list.add(Map.of("nested", List.of(List.of("deep"))));
        row.put("list", list);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("statement", row);
        data.put("missing", null);
        assertSame(ExecutionResult.newExecutionResult().data(data).build());
    }

    @Test
    void writesExtensionsAfterData() {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        extensions.put("cost", Map.of("complexity", 12));
        extensions.put("note", "ok");
        assertSame(ExecutionResult.newExecutionResult().data(Map.of("a", 1)).extensions(extensions).build());
        assertSame(ExecutionResult.newExecutionResult().data(null).build());
    }

    @Test
    void leavesResultsWithErrorsOrUnknownValuesToSmallRye() {
        assertNull(ResultJson.write(ExecutionResult.newExecutionResult().data(Map.of("a", 1))
                .addError(GraphqlErrorBuilder.newError().message("boom").build()).build()));
        assertNull(ResultJson.write(ExecutionResult.newExecutionResult().build()), "no data");
        assertNull(ResultJson.write(ExecutionResult.newExecutionResult().data(Map.of("when", new Object())).build()));
        assertNull(ResultJson.write(ExecutionResult.newExecutionResult().data(Map.of(1, "key")).build()));
    }

    private static void assertSame(ExecutionResult result) {
        byte[] streamed = ResultJson.write(result);
        assertNotNull(streamed);
        byte[] smallrye = new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(smallrye, streamed,
                () -> "SmallRye: " + new String(smallrye, StandardCharsets.UTF_8) + "\nstreamed: "
                        + new String(streamed, StandardCharsets.UTF_8));
    }
}
