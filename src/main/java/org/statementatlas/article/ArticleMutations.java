package org.statementatlas.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.Edit;
import org.statementatlas.changelog.Edits;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.input.Dates;
import org.statementatlas.graphql.input.InputValidator;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;

/**
 * Editor writes to articles: link one to the statement it reports, undo a wrong link, delete an article, and correct
 * its publication date and the statement it reports ({@link FindingMutations} corrects its mentions and claims).
 * Corrections require the article version the editor read, move the article to a new version and are marked EDITOR,
 * so that re-ingesting the article keeps them ({@code IngestService}). Each locks the article row through {@code Edits}, so
 * writes to one article queue, and records a change-log entry last.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class ArticleMutations {

    /** What article writes edit. */
    static final Edits.Target<SourceArticle> ARTICLES = new Edits.Target<>(SourceArticle.class,
            SourceArticle.TYPE, "article");

    private final InputValidator inputs;
    private final Edits edits;

    ArticleMutations(InputValidator inputs, Edits edits) {
        this.inputs = inputs;
        this.edits = edits;
    }

    @Mutation("linkArticleToStatement")
    @Description("Records that an article reports a statement, and moves the article to a new version. Linking a pair twice is BAD_USER_INPUT. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleLinkPayload linkArticleToStatement(
            @NonNull @Description("The article and the statement.") LinkArticleInput input) {
        inputs.validate(input);
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", null);
        SourceArticle article = edit.entity();
        Statement statement = statement(input.statementId());
        if (ArticleQueries.link(article, statement).isPresent()) {
            throw new BadUserInputException("Input field 'statementId': the article is already linked to '"
                    + statement.slug + "'.", "statementId");
        }
        ArticleStatementLink link = new ArticleStatementLink(article, statement,
                input.confidence() == null ? 1.0 : input.confidence(),
                input.method() == null ? LinkMethod.CURATED : input.method());
        link.persist();
        // The links are the article's rows: a desk holding the version before this must not overwrite it unseen.
        edit.recordNewVersion("linkArticleToStatement", null, () -> snapshot(link));
        return new ArticleLinkPayload(ArticleQueries.byId(article.id).orElseThrow(),
                StatementQueries.byId(statement.id).orElseThrow());
    }

    @Mutation("unlinkArticle")
    @Description("Removes the link between an article and a statement, e.g. one the matcher made wrongly, and moves the article to a new version. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleLinkPayload unlinkArticle(
            @NonNull @Description("The article and the statement.") UnlinkArticleInput input) {
        inputs.validate(input);
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", null);
        SourceArticle article = edit.entity();
        Statement statement = statement(input.statementId());
        ArticleStatementLink link = ArticleQueries.link(article, statement)
                .orElseThrow(() -> new NotFoundException("The article is not linked to '" + statement.slug + "'.",
                        "statementId"));
        Map<String, Object> before = snapshot(link);
        link.delete();
        edit.recordNewVersion("unlinkArticle", before, () -> null);
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
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.id(), "id", null);
        SourceArticle article = edit.entity();
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
        edit.recordDeletion("deleteSourceArticle", before);
        return new DeleteSourceArticlePayload(id, statements.stream().map(Statement::getGlobalId).toList());
    }

    @Mutation("setPublicationDate")
    @Description("Sets an article's publication date and its precision (dateMethod EDITOR); re-ingesting keeps them. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload setPublicationDate(
            @NonNull @Description("The article and its date.") SetPublicationDateInput input) {
        inputs.validate(input);
        LocalDate publishedOn = Dates.parse(input.publishedOn(), "publishedOn");
        OffsetDateTime publishedAt = Dates.parseDateTime(input.publishedAt(), "publishedAt");
        switch (input.datePrecision()) {
            case DATE_TIME -> {
                if (publishedAt == null) {
                    throw new BadUserInputException("Input field 'publishedAt' is needed for DATE_TIME.", "publishedAt");
                }
                if (publishedOn != null && !publishedOn.equals(publishedAt.toLocalDate())) {
                    throw new BadUserInputException("Input field 'publishedOn' (" + publishedOn
                            + ") is not the day of publishedAt (" + publishedAt.toLocalDate() + ").", "publishedOn");
                }
                publishedOn = publishedAt.toLocalDate();
            }
            case DATE -> {
                if (publishedOn == null) {
                    throw new BadUserInputException("Input field 'publishedOn' is needed for DATE.", "publishedOn");
                }
                requireAbsent(publishedAt, "publishedAt", "DATE");
            }
            default -> {
                requireAbsent(publishedOn, "publishedOn", input.datePrecision().name());
                requireAbsent(publishedAt, "publishedAt", input.datePrecision().name());
            }
        }
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Map<String, Object> before = dateSnapshot(article);
        boolean changed = article.dateMethod != FindingMethod.EDITOR || article.datePrecision != input.datePrecision()
                || !Objects.equals(article.publishedOn, publishedOn) || !Objects.equals(article.publishedAt, publishedAt);
        article.publishedOn = publishedOn;
        article.publishedAt = publishedAt;
        article.datePrecision = input.datePrecision();
        article.dateMethod = FindingMethod.EDITOR;
        return corrected("setPublicationDate", edit, before, changed, null);
    }

    @Mutation("setLinkedStatement")
    @Description("Chooses the statement an article reports (a link with method EDITOR, replacing any other), or with no statementId clears it; the article's claims are checked against the chosen statement. Re-ingesting keeps the choice. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload setLinkedStatement(
            @NonNull @Description("The article and the statement it reports.") SetLinkedStatementInput input) {
        inputs.validate(input);
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Statement statement = input.statementId() == null ? null : statement(input.statementId());
        Map<String, Object> before = linkSnapshot(article, ArticleQueries.linkedStatements(article));
        boolean changed = article.linkMethod != FindingMethod.EDITOR;
        ArticleStatementLink.delete("article", article);
        if (statement != null) {
            new ArticleStatementLink(article, statement, 1.0, LinkMethod.EDITOR).persist();
        }
        article.linkMethod = FindingMethod.EDITOR;
        FindingQueries.setClaimStatement(article, statement);
        Map<String, Object> after = linkSnapshot(article, statement == null ? List.of() : List.of(statement));
        return corrected("setLinkedStatement", edit, before, changed, after);
    }

    /**
     * Moves the article to a new version (its own columns changed, or only rows that belong to it), records the
     * correction and answers the article as it now stands.
     */
    private static ArticleCorrectionPayload corrected(String operation, Edit<SourceArticle> edit,
            Map<String, Object> before, boolean rowChanged, Map<String, Object> after) {
        SourceArticle article = edit.entity();
        Supplier<Map<String, Object>> state = () -> withVersion(article,
                after != null ? after : dateSnapshot(article));
        if (rowChanged) {
            edit.record(operation, before, state);
        } else {
            edit.recordNewVersion(operation, before, state);
        }
        return new ArticleCorrectionPayload(ArticleQueries.byId(article.id).orElseThrow(), null);
    }

    private static void requireAbsent(Object value, String field, String precision) {
        if (value != null) {
            throw new BadUserInputException("Input field '" + field + "' must be left out for " + precision + ".",
                    field);
        }
    }

    private static Map<String, Object> dateSnapshot(SourceArticle article) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", article.version);
        map.put("publishedOn", article.publishedOn);
        map.put("publishedAt", article.publishedAt);
        map.put("datePrecision", article.datePrecision);
        map.put("dateMethod", article.dateMethod);
        return map;
    }

    private static Map<String, Object> linkSnapshot(SourceArticle article, List<Statement> statements) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", article.version);
        map.put("statements", statements.stream().map(s -> s.slug).toList());
        map.put("linkMethod", article.linkMethod);
        return map;
    }

    /** The state of an article after a correction, with the version the correction gave it. */
    static Map<String, Object> withVersion(SourceArticle article, Map<String, Object> state) {
        Map<String, Object> map = new LinkedHashMap<>(state);
        map.put("version", article.version);
        return map;
    }

    /** The statement with this global id, for a write that names it in 'statementId'. */
    static Statement statement(String id) {
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
