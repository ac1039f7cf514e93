package org.statementatlas.graphql.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import io.smallrye.graphql.spi.config.Config;

import graphql.ExecutionResult;

/**
 * Writes a result without errors straight to bytes with Jackson's streaming generator, as the same JSON that
 * SmallRye's {@code ExecutionResponse} would give (checked byte for byte by ResultJsonTest). SmallRye first builds
 * the whole answer as a JSON-P tree, then prints the tree: for a large answer that is a second copy of it in
 * memory and about a tenth of the CPU time (docs/performance.md).
 * <p>
 * It writes only the values that graphql-java produces for this schema (maps, lists, strings, booleans, numbers,
 * enums). For anything else, and for results with errors (whose shape SmallRye owns), it answers null and the
 * caller uses SmallRye.
 */
final class ResultJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) // an emoji as 4 UTF-8 bytes, as JSON-P does
            .build();

    /** JSON-P writes the \\u escapes of control characters in lower case; Jackson in upper case. */
    private static final CharacterEscapes LOWER_CASE_HEX = new CharacterEscapes() {

        private final int[] codes = standardAsciiEscapesForJSON();
        {
            for (int c = 0; c < 0x20; c++) {
                if (codes[c] == ESCAPE_STANDARD) {
                    codes[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson asks for every non-ASCII character too: null writes it as UTF-8, as JSON-P does
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    };

    /** Thrown inside the writer when a value is not one this class writes. */
    private static final class Unsupported extends RuntimeException {

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private ResultJson() {
    }

    /** The JSON of an error-free result, or null when SmallRye must write it. */
    static byte[] write(ExecutionResult result) {
        if (!result.getErrors().isEmpty() || !result.isDataPresent() || Config.get().isExcludeNullFieldsInResponses()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(LOWER_CASE_HEX)) {
            json.writeStartObject();
            json.writeFieldName("data");
            value(json, result.getData());
            Map<Object, Object> extensions = result.getExtensions();
            if (extensions != null && !extensions.isEmpty()) {
                json.writeFieldName("extensions");
                value(json, extensions);
            }
            json.writeEndObject();
        } catch (Unsupported e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new Unsupported();
                }
                json.writeFieldName(key);
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(BigDecimal.valueOf(number)); // as JSON-P prints a double
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number)));
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            throw new Unsupported();
        }
    }
}
