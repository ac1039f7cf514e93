package org.statementatlas.graphql.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiError;
import org.statementatlas.graphql.error.ApiErrors;
import org.statementatlas.graphql.error.LimitExceededException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;

/**
 * Checks a query document before SmallRye sees it: its length, its parser tokens and its syntax. SmallRye
 * would answer a syntax error with a bare "Unparseable input document"; checked here, the client gets
 * graphql-java's message with the line and column. The operations of documents that parse are remembered
 * (by text, bounded by total text size, least used first out), so a popular query is parsed here once.
 */
@ApplicationScoped
class DocumentCheck {

    private static final Logger LOG = Logger.getLogger(DocumentCheck.class);

    /** The operations of a document that parses: type by name, "" for an anonymous one. */
    record Operations(Map<String, OperationDefinition.Operation> byName) {

        /** The operation a request runs, or null if the name (or its absence) selects none. */
        OperationDefinition.Operation selected(String operationName) {
            if (operationName != null) {
                return byName.get(operationName);
            }
            return byName.size() == 1 ? byName.values().iterator().next() : null;
        }

        /** The name of the operation {@link #selected} finds ("" for an anonymous one). */
        String selectedName(String operationName) {
            return operationName != null ? operationName : byName.keySet().iterator().next();
        }
    }

    private final GraphQLConfig.Limits limits;
    private final ParserOptions options;
    private final Cache<String, Operations> parsed;

    DocumentCheck(GraphQLConfig config) {
        this.limits = config.limits();
        this.options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(limits.maxTokens())
                .maxCharacters(limits.maxQueryLength())
                .captureIgnoredChars(false)
                .captureLineComments(false));
        this.parsed = Caffeine.newBuilder()
                .maximumWeight(4L * 1024 * 1024)
                .<String, Operations>weigher((query, operations) -> query.length())
                .build();
    }

    /**
     * The operations of a query document.
     *
     * @throws RequestRefused if the document is too long, has too many tokens, nests too deep or does not parse
     *         (GraphQL errors, LIMIT_EXCEEDED or GRAPHQL_PARSE_FAILED, not malformed HTTP requests)
     */
    Operations check(String query) {
        if (query.length() > limits.maxQueryLength()) {
            throw refused("The query is " + query.length() + " characters long; at most "
                    + limits.maxQueryLength() + " are allowed. Persisted queries keep requests short.",
                    LimitExceededException.QUERY_LENGTH, limits.maxQueryLength(), query.length());
        }
        Operations known = parsed.getIfPresent(query);
        if (known != null) {
            return known;
        }
        Document document;
        AtomicInteger tokens = new AtomicInteger();
        try {
            document = parse(query, options.transform(o -> o.parsingListener(token -> tokens.incrementAndGet())));
        } catch (ParseCancelledTooDeepException e) {
            throw refused("The query nests too deep to parse; at most " + limits.maxDepth()
                    + " levels are allowed.", LimitExceededException.DEPTH, limits.maxDepth(), braceDepth(query));
        } catch (ParseCancelledException e) {
            long counted = countTokens(query);
            throw refused("The query has " + counted + " tokens; at most " + limits.maxTokens()
                    + " are allowed.", LimitExceededException.TOKENS, limits.maxTokens(), counted);
        } catch (InvalidSyntaxException e) {
            throw RequestRefused.graphql(ApiError.of(ApiErrors.GRAPHQL_PARSE_FAILED, e.getMessage(),
                    e.getLocation() == null ? List.of() : List.of(e.getLocation()), null, Map.of()));
        }
        Map<String, OperationDefinition.Operation> byName = new HashMap<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            byName.put(operation.getName() == null ? "" : operation.getName(), operation.getOperation());
        }
        Operations operations = new Operations(Map.copyOf(byName));
        LOG.debugf("Document measures length %d, tokens %d", query.length(), tokens.get());
        parsed.put(query, operations);
        return operations;
    }

    private static RequestRefused refused(String message, String measure, long limit, long measured) {
        return RequestRefused.graphql(new LimitExceededException(message, measure, limit, measured).toError());
    }

    /** Counts the grammar tokens of a rejected document, to report the measured value; bounded by its length. */
    private long countTokens(String query) {
        AtomicInteger count = new AtomicInteger();
        ParserOptions counting = options.transform(o -> o.maxTokens(Integer.MAX_VALUE)
                .parsingListener(token -> count.incrementAndGet()));
        try {
            parse(query, counting);
        } catch (InvalidSyntaxException e) {
            // The count so far is a lower bound, and over the limit already.
        }
        return Math.max(count.get(), limits.maxTokens() + 1L);
    }

    /**
     * How deep the braces of a document nest, outside strings and comments: the measured value for a document
     * the parser gave up on as too deep.
     */
    static int braceDepth(String query) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '#') {
                while (i < query.length() && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                    i++;
                }
            } else if (query.startsWith("\"\"\"", i)) {
                int end = query.indexOf("\"\"\"", i + 3);
                while (end > 0 && query.charAt(end - 1) == '\\') {
                    end = query.indexOf("\"\"\"", end + 3);
                }
                i = end < 0 ? query.length() : end + 2;
            } else if (c == '"') {
                i++;
                while (i < query.length() && query.charAt(i) != '"') {
                    i += query.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static Document parse(String query, ParserOptions options) {
        return new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                .document(query).parserOptions(options).build());
    }
}
