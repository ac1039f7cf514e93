package org.statementatlas.graphql.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A GraphQL error exactly as the API sends it: message, locations, path and extensions, where extensions
 * always start with {@code code}. SmallRye prints errors of classes it does not know through
 * {@link #toSpecification()}, so what is built here is what the client sees.
 */
public final class ApiError implements GraphQLError {

    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private final Map<String, Object> extensions;

    private ApiError(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions) {
        this.message = message;
        this.locations = locations == null ? List.of() : locations;
        this.path = path;
        this.extensions = extensions;
    }

    /** An error with a code and a message, and no location or path. */
    public static ApiError of(String code, String message) {
        return new ApiError(message, List.of(), null, codeFirst(code, Map.of()));
    }

    /** An error at the given places in the document and the response. */
    public static ApiError of(String code, String message, List<SourceLocation> locations, List<Object> path,
            Map<String, Object> more) {
        return new ApiError(message, locations, path, codeFirst(code, more));
    }

    /** This error with one more extension entry. */
    public ApiError with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(key, value);
        return new ApiError(message, locations, path, more);
    }

    /** The extensions.code. */
    public String code() {
        return (String) extensions.get("code");
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code());
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("message", message);
        if (!locations.isEmpty()) {
            spec.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        if (path != null) {
            spec.put("path", path);
        }
        spec.put("extensions", extensions);
        return spec;
    }

    @Override
    public String toString() {
        return "ApiError" + toSpecification();
    }

    private static Map<String, Object> codeFirst(String code, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        more.forEach((key, value) -> {
            if (!"code".equals(key) && !ApiErrors.CORRELATION_ID.equals(key)) {
                extensions.put(key, value);
            }
        });
        return extensions;
    }
}
