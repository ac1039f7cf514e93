package org.statementatlas.graphql;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Copies the extension entries of an {@link ApiException} into the GraphQL error, one SmallRye provider per
 * key (registered in META-INF/services). SmallRye asks every provider about every error and writes
 * {@code null} where a provider has no value, so errors without a field carry {@code "field": null}.
 */
public final class ApiErrorExtensions {

    private ApiErrorExtensions() {
    }

    static JsonValue valueOf(Throwable exception, String key) {
        if (!(exception instanceof ApiException api)) {
            return null;
        }
        Object value = api.extensions().get(key);
        if (value instanceof Number number) {
            return Json.createValue(number.longValue());
        }
        return value == null ? null : Json.createValue(value.toString());
    }

    /** extensions.field: the argument or input field at fault. */
    public static final class Field implements ErrorExtensionProvider {

        @Override
        public String getKey() {
            return "field";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return valueOf(exception, getKey());
        }
    }

    /** extensions.currentVersion: the version a conflicting write should have started from. */
    public static final class CurrentVersion implements ErrorExtensionProvider {

        @Override
        public String getKey() {
            return "currentVersion";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return valueOf(exception, getKey());
        }
    }

}
