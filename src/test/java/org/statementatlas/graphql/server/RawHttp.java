package org.statementatlas.graphql.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

/**
 * Sends requests byte for byte, with exactly the headers given: malformed bodies, missing content types and
 * odd methods, which REST Assured would tidy up.
 */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private RawHttp() {
    }

    /** A response: status, headers that matter here, body. */
    record Response(int status, String contentType, Map<String, String> headers, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** A request: method, query string parameters (GET), headers and body (null: none). */
    record Request(String method, Map<String, String> parameters, Map<String, String> headers, byte[] body) {

        static Request post(String contentType, String body) {
            return post(contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        static Request post(String contentType, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Request("POST", Map.of(), headers, body);
        }

        static Request get(Map<String, String> parameters) {
            return new Request("GET", parameters, new LinkedHashMap<>(), null);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, parameters, more, body);
        }
    }

    static Response send(URI endpoint, Request request) {
        String query = request.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(query.isEmpty() ? endpoint : URI.create(endpoint + "?" + query))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Response(response.statusCode(), headers.getOrDefault("content-type", ""), headers,
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + request.method() + " " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
