package org.statementatlas.article;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Article writes, on an article and a statement of the test's own. */
@QuarkusTest
class ArticleMutationsTest {

    private static final String LINK = "mutation($in: LinkArticleInput!) { linkArticleToStatement(input: $in) { article { statements { id } } statement { sourceArticles { id } } } }";
    private static final String UNLINK = "mutation($in: UnlinkArticleInput!) { unlinkArticle(input: $in) { article { statements { id } } } }";
    private static final String DELETE = "mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId unlinkedStatementIds } }";

    @Inject
    EntityManager em;

    @Test
    void linkUnlinkAndDelete() {
        String article = TestArticles.insert();
        String statement = Editor.createStatement(Editor.uniqueSlug("linked"), "2024-03-01");
        try {
            Editor.ok(LINK, "in", input("articleId", article, "statementId", statement, "confidence", 0.8, "method", "QUOTE"))
                    .body("data.linkArticleToStatement.article.statements.id", contains(statement))
                    .body("data.linkArticleToStatement.statement.sourceArticles.id", contains(article));
            refused(LINK, input("articleId", article, "statementId", statement), "BAD_USER_INPUT", "statementId");
            refused(LINK, input("articleId", article, "statementId", statement, "confidence", 1.5), "BAD_USER_INPUT",
                    "confidence");
            Editor.ok(UNLINK, "in", input("articleId", article, "statementId", statement))
                    .body("data.unlinkArticle.article.statements", empty());
            refused(UNLINK, input("articleId", article, "statementId", statement), "NOT_FOUND", "statementId");
            Editor.ok(LINK, "in", input("articleId", article, "statementId", statement));
            Editor.ok(DELETE, "in", input("id", article))
                    .body("data.deleteSourceArticle.deletedId", equalTo(article))
                    .body("data.deleteSourceArticle.unlinkedStatementIds", contains(statement));
            GraphQL.ok("query($id: ID) { sourceArticle(id: $id) { id } }", "id", article)
                    .body("data.sourceArticle", nullValue());
            refused(DELETE, input("id", article), "NOT_FOUND", "id");
        } finally {
            Editor.deleteStatement(statement);
        }
    }

    @Test
    void linkingAndUnlinkingMoveTheArticleToANewVersion() {
        String article = TestArticles.insert();
        String statement = Editor.createStatement(Editor.uniqueSlug("versioned-link"), "2024-03-01");
        try {
            int read = version(article);
            Editor.ok(LINK, "in", input("articleId", article, "statementId", statement));
            int linked = version(article);
            assertEquals(read + 1, linked);
            // A desk that read the article before the link cannot replace it unseen.
            refused("mutation($in: SetLinkedStatementInput!) { setLinkedStatement(input: $in) { article { id } } }",
                    input("articleId", article, "expectedVersion", read), "CONFLICT", null);
            Editor.ok(UNLINK, "in", input("articleId", article, "statementId", statement));
            assertEquals(linked + 1, version(article));
        } finally {
            Editor.ok(DELETE, "in", input("id", article));
            Editor.deleteStatement(statement);
        }
    }

    private static int version(String article) {
        return GraphQL.ok("query($id: ID) { sourceArticle(id: $id) { version } }", "id", article).extract()
                .path("data.sourceArticle.version");
    }

    private void refused(String mutation, Map<String, Object> in, String code, String field) {
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(mutation, "in", in).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));
        assertEquals(before, Editor.rowCounts(em));
    }
}
