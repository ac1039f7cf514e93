package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.paging.Cursor;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.quarkus.runtime.configuration.MemorySize;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;

/**
 * Fuzz targets for what a client controls before any resolver runs: the request body, persisted-query
 * extensions, variable coercion, cursors and global ids. Each may refuse its input only the documented way
 * (a 400 {@link RequestRefused}, a {@code PERSISTED_QUERY_*} refusal, {@link BadUserInputException}, a
 * problem message); anything else thrown is a finding. Inputs come through a {@link FuzzedDataProvider}, so that a
 * committed input of plain text is, for targets that read the rest as a string, that text. {@code ./mvnw test} replays the committed inputs in
 * src/test/resources/org/statementatlas/graphql/server/RequestFuzzTestInputs; {@code bench/fuzz.sh} fuzzes.
 */
class RequestFuzzTest {

    private static final PersistedQueries PERSISTED = new PersistedQueries(config());

    @FuzzTest(maxDuration = "60s")
    void requestBodyParsesOrIsABadRequest(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        GraphQLRequest request;
        try {
            request = GraphQLRequest.fromBody(body);
        } catch (RequestRefused problem) {
            assertEquals(400, problem.status);
            return;
        }
        try {
            PersistedQueries.Resolved resolved = PERSISTED.resolve(request);
            if (resolved.register() != null) {
                assertEquals(PersistedQueries.sha256(resolved.query()), resolved.register());
                PERSISTED.register(resolved.register(), resolved.query());
            }
        } catch (RequestRefused refused) {
            assertTrue(refused.status == 400 || refused.status == 0 && refused.error.code().startsWith("PERSISTED_QUERY_"),
                    refused.error.code());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void getParametersParseOrAreABadRequest(FuzzedDataProvider data) {
        Map<String, List<String>> parameters = Map.of("query", List.of(data.consumeString(200)), "operationName",
                List.of(data.consumeString(50)), "variables", List.of(data.consumeString(500)), "extensions",
                List.of(data.consumeRemainingAsString()));
        try {
            GraphQLRequest.fromParameters(parameters);
        } catch (RequestRefused problem) {
            assertEquals(400, problem.status);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void variableCoercionNamesAProblemOrNone(FuzzedDataProvider data) {
        Type<?> type = type(data, 0);
        Object value = value(data, 0);
        String problem = StrictVariables.problem(type, value);
        assertTrue(problem == null || !problem.isBlank());
    }

    @FuzzTest(maxDuration = "60s")
    void cursorsDecodeToWhatTheyEncodeOrAreBadInput(FuzzedDataProvider data) {
        String encoded = data.consumeRemainingAsString();
        Cursor cursor;
        try {
            cursor = Cursor.decode(encoded, "NAME_ASC", "after");
        } catch (BadUserInputException e) {
            return;
        }
        String again = cursor.encode();
        if (again.length() <= 2_000) {
            assertEquals(cursor, Cursor.decode(again, "NAME_ASC", "after"));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void globalIdsAreOursOrEmpty(FuzzedDataProvider data) {
        String type = data.consumeString(30);
        long key = data.consumeLong();
        String id = data.consumeRemainingAsString();
        try {
            GlobalId.keyOf(id, "Statement", "id");
        } catch (BadUserInputException e) {
            assertTrue(GlobalId.decode(id).isPresent());
        }
        if (!type.isEmpty() && !type.contains(":")) {
            String encoded = GlobalId.encode(type, key);
            if (encoded.length() <= 100) {
                assertEquals(Optional.of(new GlobalId.Decoded(type, key)), GlobalId.decode(encoded));
            }
        }
    }

    private static Type<?> type(FuzzedDataProvider data, int depth) {
        int pick = depth > 3 ? 0 : data.consumeInt(0, 2);
        return switch (pick) {
            case 1 -> new NonNullType(type(data, depth + 1));
            case 2 -> new ListType(type(data, depth + 1));
            default -> new TypeName(data.pickValue(new String[]{"Int", "Float", "String", "ID", "Boolean", "Date"}));
        };
    }

    /** A value as graphql-java hands variables over: JSON numbers, strings, booleans, lists and maps. */
    private static Object value(FuzzedDataProvider data, int depth) {
        int pick = depth > 3 ? data.consumeInt(0, 6) : data.consumeInt(0, 8);
        return switch (pick) {
            case 0 -> data.consumeInt();
            case 1 -> data.consumeLong();
            case 2 -> data.consumeDouble();
            case 3 -> {
                byte[] digits = data.consumeBytes(20);
                yield new BigDecimal(new BigInteger(digits.length == 0 ? new byte[]{0} : digits),
                        data.consumeInt(-400, 400));
            }
            case 4 -> data.consumeString(40);
            case 5 -> data.consumeBoolean();
            case 6 -> null;
            case 7 -> {
                List<Object> list = new ArrayList<>();
                for (int i = data.consumeInt(0, 4); i > 0; i--) {
                    list.add(value(data, depth + 1));
                }
                yield list;
            }
            default -> Map.of(data.consumeString(10), String.valueOf(value(data, depth + 1)));
        };
    }

    /** The persisted-query settings of the defaults: on, 4M of query text, no allow-list. */
    private static GraphQLConfig config() {
        GraphQLConfig.PersistedQueries settings = (GraphQLConfig.PersistedQueries) Proxy.newProxyInstance(
                RequestFuzzTest.class.getClassLoader(), new Class<?>[]{GraphQLConfig.PersistedQueries.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "enabled" -> true;
                    case "cacheSize" -> new MemorySize(BigInteger.valueOf(4 << 20));
                    case "allowList" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (GraphQLConfig) Proxy.newProxyInstance(RequestFuzzTest.class.getClassLoader(),
                new Class<?>[]{GraphQLConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persistedQueries")) {
                        return settings;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
