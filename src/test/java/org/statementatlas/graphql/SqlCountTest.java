package org.statementatlas.graphql;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.quarkus.test.junit.QuarkusTest;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.parser.Parser;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Proves that nested fields are batched: the number of SQL statements a query costs must not grow with
 * the number of results. Each query shape is run at page size 1 and 100 and the counts compared.
 */
@QuarkusTest
class SqlCountTest {

    private static final Logger LOG = Logger.getLogger(SqlCountTest.class);

    @Inject
    SessionFactory sessionFactory;

    /** Every query shape measured; together they select every list field of the read schema. */
    static final List<String> SELECTIONS = List.of(
            "statements(first: $n) { nodes { signatories { country { name } } sourceArticles { headline } } }",
            "statements(first: $n) { totalCount nodes { signatoryCount sources { url } resolutionsCited issuer { code } } }",
            "countries(first: $n) { totalCount nodes { aliases { text } groups { code } statements { totalCount nodes { slug } } } }",
            "sourceArticles(first: $n) { nodes { outlet { name } statements { signatories { country { code } } } } }",
            "statements(first: $n, filter: {signedBy: [\"JP\"], text: \"dprk\"}, orderBy: {field: SIGNATORY_COUNT, direction: DESC})"
                    + " { totalCount nodes { eu: nonSignatories(group: \"EU\") { code } all: nonSignatories { code }"
                    + " a: signatoryCount(asOf: \"2024-01-10\") b: signatoryCount(kind: STATE)"
                    + " signatories(asOf: \"2024-01-09\") { country { code } } } }",
            "countries(first: $n, orderBy: {field: SIGNED_COUNT, direction: DESC}, filter: {kind: STATE}) { totalCount nodes {"
                    + " signedCount coSignatories(first: 3) { country { code } sharedStatements statements { slug } }"
                    + " a: statements(filter: {signedBy: [\"US\"]}, orderBy: {field: TITLE, direction: ASC}) { totalCount nodes { slug } }"
                    + " b: statements(first: 1) { nodes { slug } } } }",
            "sourceArticles(first: $n, filter: {text: \"missile\"}, orderBy: {field: OUTLET, direction: ASC})"
                    + " { totalCount nodes { statements { nonSignatories(group: \"NATO\") { code } } } }",
            "sourceArticles(first: $n) { nodes { mentions { country { code } count matchedAs offsets { start end matchedAs } }"
                    + " quotes { text speaker } resolutionsCited } }",
            "sourceArticles(first: $n) { nodes { claims { phrase actualOnPublication verdict explanation statement { slug }"
                    + " article { url } } } }",
            "statements(first: $n) { nodes { claims { phrase verdict actualOnPublication article { headline } } } }",
            "countries(first: $n, filter: {group: \"EU\"}) { nodes { mentionedIn(first: 2) { totalCount"
                    + " nodes { headline outlet { name } } pageInfo { hasNextPage endCursor } } } }",
            "countries(first: $n, filter: {group: \"EU\"}) { edges { cursor node { groups { code members { code } } } } }",
            "statements(first: $n) { edges { cursor node { slug } } }",
            "sourceArticles(first: $n) { edges { cursor node { statementLinks { confidence method"
                    + " statement { slug signatories { country { code } } } } } } }",
            "changes(first: $n) { totalCount edges { cursor node { operation } } nodes { entity } }");

    /** Search, measured on its own: its result count varies with the text, not only with first. */
    private static final String SEARCH = "query($n: Int) { search(text: \"korea\", first: $n) { __typename"
            + " ... on Country { aliases { text } } ... on Statement { signatoryCount }"
            + " ... on SourceArticle { statements { slug } } } }";

    /** The editor's dry run, measured on its own: its lists grow with what the text mentions, not with a page size. */
    private static final String PREVIEW = "query($text: String) { viewer { name roles } previewArticle(input: {text: $text})"
            + " { removedChrome warnings mentions { country { code aliases { text } } spans { start } }"
            + " claims { phrase verdict } candidates { statement { slug signatories { country { code } } } } } }";

    @Test
    void previewCostsTheSameWhateverTheTextMentions() {
        String few = "Japan condemned the transfer of ballistic missiles on 10 January 2024 in a statement.";
        String many = "Foreign ministers of 47 countries, among them Japan, Germany, France, Italy, Canada, Australia,"
                + " Poland and the United States, condemned North Korea's transfer of ballistic missiles to Russia on"
                + " 10 January 2024 in a joint statement.";
        previewStatements(few); // the first preview builds the country dictionary
        long one = previewStatements(few);
        assertTrue(one > 0, "the preview runs SQL");
        assertEquals(one, previewStatements(many), "SQL statements of a preview with 1 and with 10 countries");
    }

    private long previewStatements(String text) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "text", text).body("errors", nullValue());
        return statistics.getPrepareStatementCount();
    }

    @ParameterizedTest
    @FieldSource("SELECTIONS")
    void sqlStatementCountDoesNotGrowWithPageSize(String selection) {
        String query = "query($n: Int) { " + selection + " }";
        long one = statementsFor(query, 1);
        long hundred = statementsFor(query, 100);
        assertTrue(one > 0, "the query runs SQL");
        assertEquals(one, hundred, "SQL statements for first:1 vs first:100 of " + selection);
        LOG.infof("SQL statements: %d for %s", one, selection);
    }

    @Test
    void searchCostsTheSameWhateverTheNumberOfResults() {
        String query = SEARCH;
        // Two queries per kind (scores, then entities) and one per batched field of each kind present: a small
        // page may lack a kind and cost less, but no page costs more.
        long most = statementsFor(query, 50);
        assertEquals(6 + 3, most);
        for (int n : new int[]{1, 10, 25}) {
            assertTrue(statementsFor(query, n) <= most, "search with first: " + n);
        }
    }

    /**
     * The shapes above cover every list field of every type a query can reach (the SDL snapshot is the schema), so a
     * new list field fails here until a shape selects it and shows that its SQL stays flat.
     */
    @Test
    void theShapesSelectEveryListField() {
        // The served SDL leaves out the declarations of its custom scalars.
        TypeDefinitionRegistry sdl = new SchemaParser().parse(
                new InputStreamReader(SqlCountTest.class.getResourceAsStream("/schema.graphql"), StandardCharsets.UTF_8));
        sdl.merge(new SchemaParser().parse("scalar Date scalar DateTime scalar BigInteger"));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(sdl);
        Set<String> selected = new TreeSet<>();
        List<String> documents = new ArrayList<>(SELECTIONS.stream().map(s -> "query($n: Int) { " + s + " }").toList());
        documents.add(SEARCH);
        documents.add(PREVIEW);
        for (String document : documents) {
            QueryTraverser.newQueryTraverser().schema(schema).document(Parser.parse(document))
                    .variables(Map.of("n", 1)).build().visitPreOrder(new QueryVisitorStub() {

                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            if (isList(field.getFieldDefinition().getType())) {
                                selected.add(((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getParentType()))
                                        .getName() + "." + field.getField().getName());
                            }
                        }
                    });
        }
        Set<String> listFields = new TreeSet<>();
        for (GraphQLObjectType type : readableTypes(schema)) {
            type.getFieldDefinitions().stream().filter(f -> isList(f.getType()))
                    .forEach(f -> listFields.add(type.getName() + "." + f.getName()));
        }
        assertTrue(listFields.size() > 20, "found the list fields: " + listFields);
        listFields.removeAll(selected);
        assertEquals(Set.of(), listFields, "list fields no shape selects");
    }

    /** The object types a query can reach from Query, through fields, interfaces and unions. */
    private static Set<GraphQLObjectType> readableTypes(GraphQLSchema schema) {
        Set<GraphQLObjectType> found = new HashSet<>();
        Deque<GraphQLType> todo = new ArrayDeque<>(List.of(schema.getQueryType()));
        while (!todo.isEmpty()) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(todo.pop());
            if (type instanceof GraphQLObjectType object && found.add(object)) {
                object.getFieldDefinitions().forEach(f -> todo.push(f.getType()));
            } else if (type instanceof GraphQLInterfaceType face) {
                todo.addAll(schema.getImplementations(face));
            } else if (type instanceof GraphQLUnionType union) {
                todo.addAll(union.getTypes());
            }
        }
        return found;
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
    }

    private long statementsFor(String query, int pageSize) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(query, "n", pageSize);
        return statistics.getPrepareStatementCount();
    }
}
