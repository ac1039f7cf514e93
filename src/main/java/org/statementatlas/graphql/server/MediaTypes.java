package org.statementatlas.graphql.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation as the GraphQL-over-HTTP spec sets it: {@code application/graphql-response+json}
 * when the client asks for it, {@code application/json} when it asks for that, for {@code *}{@code /*} or
 * for nothing at all; empty (406) when it accepts neither. Responses are always UTF-8.
 */
final class MediaTypes {

    static final String JSON = "application/json; charset=utf-8";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";

    private MediaTypes() {
    }

    /**
     * The status of a response without data: the request was refused before execution (a parse, validation,
     * coercion or limit error). It is 200 for application/json, where the spec's legacy rules apply, and 400 for
     * application/graphql-response+json. A response with data (execution started) is always 200.
     */
    static int statusWithoutData(String mediaType) {
        return JSON.equals(mediaType) ? 200 : 400;
    }

    /** The response media type for an Accept header (null or blank: none given). */
    static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        record Range(String type, double quality, int position) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double quality = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > 0) {
                ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), quality, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : ranges) {
            switch (range.type()) {
                case "application/graphql-response+json" :
                    return Optional.of(GRAPHQL_RESPONSE);
                case "application/json", "application/*", "*/*" :
                    return Optional.of(JSON);
                default :
                    break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a request Content-Type is JSON in UTF-8 (the only encoding the spec allows). A list of values is
     * accepted when every value says exactly that: the GraphiQL that Quarkus bundles sets the header twice, and
     * the browser sends {@code application/json, application/json}. A list that names anything else is
     * ambiguous and refused.
     */
    static boolean isJsonRequest(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String value : contentType.split(",", -1)) {
            if (!isJsonInUtf8(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonInUtf8(String value) {
        String[] pieces = value.split(";");
        if (!pieces[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int p = 1; p < pieces.length; p++) {
            String parameter = pieces[p].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")
                    && !parameter.substring("charset=".length()).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
