package org.statementatlas.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.ChangeLog;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.mutation.InputValidator;
import org.statementatlas.graphql.mutation.OptimisticLocking;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;

/**
 * Editor writes to articles: link one to the statement it reports, undo a wrong link, delete an article.
 * Each locks the article row, so writes to one article queue, and records a change-log entry last.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class ArticleMutations {

    private final InputValidator inputs;
    private final ChangeLog changeLog;

    ArticleMutations(InputValidator inputs, ChangeLog changeLog) {
        this.inputs = inputs;
        this.changeLog = changeLog;
    }

    @Mutation("linkArticleToStatement")
    @Description("Records that an article reports a statement. Linking a pair twice is BAD_USER_INPUT. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleLinkPayload linkArticleToStatement(
            @NonNull @Description("The article and the statement.") LinkArticleInput input) {
        inputs.validate(input);
        SourceArticle article = lockArticle(input.articleId(), "articleId");
        Statement statement = statement(input.statementId());
        if (ArticleQueries.link(article, statement).isPresent()) {
            throw new BadUserInputException("Input field 'statementId': the article is already linked to '"
                    + statement.slug + "'.", "statementId");
        }
        ArticleStatementLink link = new ArticleStatementLink(article, statement,
                input.confidence() == null ? 1.0 : input.confidence(),
                input.method() == null ? LinkMethod.CURATED : input.method());
        link.persist();
        OptimisticLocking.flush(SourceArticle.TYPE, () -> 0);
        changeLog.record("linkArticleToStatement", SourceArticle.TYPE, article.getGlobalId(), null, snapshot(link));
        return new ArticleLinkPayload(ArticleQueries.byId(article.id).orElseThrow(),
                StatementQueries.byId(statement.id).orElseThrow());
    }

    @Mutation("unlinkArticle")
    @Description("Removes the link between an article and a statement, e.g. one the matcher made wrongly. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleLinkPayload unlinkArticle(
            @NonNull @Description("The article and the statement.") UnlinkArticleInput input) {
        inputs.validate(input);
        SourceArticle article = lockArticle(input.articleId(), "articleId");
        Statement statement = statement(input.statementId());
        ArticleStatementLink link = ArticleQueries.link(article, statement)
                .orElseThrow(() -> new NotFoundException("The article is not linked to '" + statement.slug + "'.",
                        "statementId"));
        Map<String, Object> before = snapshot(link);
        link.delete();
        OptimisticLocking.flush(SourceArticle.TYPE, () -> 0);
        changeLog.record("unlinkArticle", SourceArticle.TYPE, article.getGlobalId(), before, null);
        return new ArticleLinkPayload(ArticleQueries.byId(article.id).orElseThrow(),
                StatementQueries.byId(statement.id).orElseThrow());
    }

    @Mutation("deleteSourceArticle")
    @Description("Deletes an article with its links to statements (the statements stay). The payload lists the unlinked statements. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull DeleteSourceArticlePayload deleteSourceArticle(
            @NonNull @Description("The article to delete.") DeleteSourceArticleInput input) {
        inputs.validate(input);
        SourceArticle article = lockArticle(input.id(), "id");
        List<Statement> statements = ArticleQueries.linkedStatements(article);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("url", article.url);
        before.put("headline", article.headline);
        before.put("outlet", article.outlet == null ? null : article.outlet.name);
        before.put("publishedOn", article.publishedOn);
        before.put("contentHash", article.contentHash);
        before.put("statements", statements.stream().map(s -> s.slug).toList());
        String id = article.getGlobalId();
        ArticleStatementLink.delete("article", article);
        article.delete();
        OptimisticLocking.flush(SourceArticle.TYPE, () -> 0);
        changeLog.record("deleteSourceArticle", SourceArticle.TYPE, id, before, null);
        return new DeleteSourceArticlePayload(id, statements.stream().map(Statement::getGlobalId).toList());
    }

    private static SourceArticle lockArticle(String id, String field) {
        return GlobalId.keyOf(id, SourceArticle.TYPE, field)
                .map(key -> SourceArticle.<SourceArticle>findById(key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("No article has the id given in '" + field + "'.", field));
    }

    private static Statement statement(String id) {
        return GlobalId.keyOf(id, Statement.TYPE, "statementId").map(key -> Statement.<Statement>findById(key))
                .orElseThrow(() -> new NotFoundException("No statement has the id given in 'statementId'.",
                        "statementId"));
    }

    private static Map<String, Object> snapshot(ArticleStatementLink link) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("statement", link.statement.getGlobalId());
        map.put("slug", link.statement.slug);
        map.put("confidence", link.confidence);
        map.put("method", link.method);
        return map;
    }
}
