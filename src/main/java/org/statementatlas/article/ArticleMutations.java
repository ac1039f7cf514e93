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
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryCodes;
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
 * what the pipeline found (mentions, claims, publication date, the statement reported). Each locks the article row, so
 * writes to one article queue, and records a change-log entry last. Corrections require the article version the editor
 * read, move the article to a new version and are marked EDITOR, so that re-ingesting the article keeps them
 * ({@code IngestService}).
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class ArticleMutations {

    /** What article writes edit. */
    private static final Edits.Target<SourceArticle> ARTICLES = new Edits.Target<>(SourceArticle.class,
            SourceArticle.TYPE, "article");

    private final InputValidator inputs;
    private final Edits edits;

    ArticleMutations(InputValidator inputs, Edits edits) {
        this.inputs = inputs;
        this.edits = edits;
    }

    @Mutation("linkArticleToStatement")
    @Description("Records that an article reports a statement. Linking a pair twice is BAD_USER_INPUT. Needs the editor role.")
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
        edit.record("linkArticleToStatement", null, () -> snapshot(link));
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
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", null);
        SourceArticle article = edit.entity();
        Statement statement = statement(input.statementId());
        ArticleStatementLink link = ArticleQueries.link(article, statement)
                .orElseThrow(() -> new NotFoundException("The article is not linked to '" + statement.slug + "'.",
                        "statementId"));
        Map<String, Object> before = snapshot(link);
        link.delete();
        edit.record("unlinkArticle", before, () -> null);
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

    @Mutation("addMention")
    @Description("Marks an occurrence of a country that the pipeline missed, as a span of the cleaned text. The country's mention is then the editor's (method EDITOR) and re-ingesting keeps it. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload addMention(
            @NonNull @Description("The article, the country and where it is mentioned.") AddMentionInput input) {
        inputs.validate(input);
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Country country = CountryCodes.distinct(List.of(input.countryCode()), "countryCode").get(0);
        requireSpan(article, input.start(), input.end());
        Mention mention = ArticleQueries.mention(article, country.code).orElse(null);
        Map<String, Object> before = snapshot(article, mention);
        if (mention == null) {
            mention = new Mention();
            mention.article = article;
            mention.country = country;
            mention.matchedAs = input.matchedAs() == null ? MatchKind.NAME : input.matchedAs();
        } else if (mention.offsets.stream().anyMatch(s -> s.start < input.end() && input.start() < s.end)) {
            throw new BadUserInputException("Input field 'start': the span overlaps an occurrence of "
                    + country.code + " already marked.", "start");
        }
        TextSpan span = new TextSpan(input.start(), input.end(),
                input.matchedAs() == null ? MatchKind.NAME : input.matchedAs());
        int at = 0;
        while (at < mention.offsets.size() && mention.offsets.get(at).start < span.start) {
            at++;
        }
        mention.offsets.add(at, span);
        mention.count = mention.offsets.size();
        mention.method = FindingMethod.EDITOR;
        if (mention.id == null) {
            mention.persist();
        }
        ArticleQueries.rejection(article, RejectedFinding.Kind.MENTION, country.code).ifPresent(r -> r.delete());
        return corrected("addMention", edit, before, snapshot(article, mention), null);
    }

    @Mutation("removeMention")
    @Description("Takes a false mention off an article: one occurrence, or the country altogether. Re-ingesting the article does not bring it back. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload removeMention(
            @NonNull @Description("The article, the country and, optionally, the one occurrence.") RemoveMentionInput input) {
        inputs.validate(input);
        if ((input.start() == null) != (input.end() == null)) {
            String missing = input.start() == null ? "start" : "end";
            throw new BadUserInputException("Input field '" + missing + "' is needed with the other end of the span.",
                    missing);
        }
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Country country = CountryCodes.distinct(List.of(input.countryCode()), "countryCode").get(0);
        Mention mention = ArticleQueries.mention(article, country.code).orElseThrow(() -> new NotFoundException(
                "The article has no mention of " + country.code + ".", "countryCode"));
        Map<String, Object> before = snapshot(article, mention);
        if (input.start() != null) {
            boolean removed = mention.offsets.removeIf(s -> s.start == input.start() && s.end == input.end());
            if (!removed) {
                throw new NotFoundException("No occurrence of " + country.code + " spans " + input.start() + ".."
                        + input.end() + ".", "start");
            }
        } else {
            mention.offsets.clear();
        }
        Map<String, Object> after;
        if (mention.offsets.isEmpty()) {
            mention.delete();
            new RejectedFinding(article, RejectedFinding.Kind.MENTION, country.code).persist();
            after = snapshot(article, (Mention) null);
            after.put("country", country.code);
        } else {
            mention.count = mention.offsets.size();
            mention.method = FindingMethod.EDITOR;
            after = snapshot(article, mention);
        }
        return corrected("removeMention", edit, before, after, null);
    }

    @Mutation("addClaim")
    @Description("Adds a signatory-count claim the pipeline missed (method EDITOR), tied to the statement the article reports; re-ingesting keeps it. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload addClaim(@NonNull @Description("The article and the claim.") AddClaimInput input) {
        inputs.validate(input);
        if ((input.start() == null) != (input.end() == null)) {
            String missing = input.start() == null ? "start" : "end";
            throw new BadUserInputException("Input field '" + missing + "' is needed with the other end of the span.",
                    missing);
        }
        if (input.start() == null && (input.phrase() == null || input.phrase().isBlank())) {
            throw new BadUserInputException("Input field 'phrase' is needed when the claim has no span in the text.",
                    "phrase");
        }
        Edit<SourceArticle> edit = edits.lock(ARTICLES, input.articleId(), "articleId", input.expectedVersion());
        SourceArticle article = edit.entity();
        if (input.start() != null) {
            requireSpan(article, input.start(), input.end());
        }
        Claim claim = new Claim();
        claim.article = article;
        List<Statement> statements = ArticleQueries.linkedStatements(article);
        claim.statement = statements.isEmpty() ? null : statements.get(0);
        claim.position = ArticleQueries.lastClaimPosition(article) + 1;
        String phrase = input.phrase() != null && !input.phrase().isBlank()
                ? input.phrase().strip()
                : article.text.substring(input.start(), input.end()).strip();
        claim.phrase = phrase.length() <= 300 ? phrase : phrase.substring(0, 300);
        claim.inHeadline = false;
        claim.start = input.start();
        claim.end = input.end();
        setNumbers(claim, input.value(), input.counts(), input.qualifier());
        claim.persist();
        ArticleQueries.rejection(article, RejectedFinding.Kind.CLAIM,
                RejectedFinding.claimKey(claim.phrase, false, claim.start)).ifPresent(r -> r.delete());
        Map<String, Object> before = Map.of("version", article.version);
        return corrected("addClaim", edit, before, snapshot(article, claim), claim);
    }

    @Mutation("updateClaim")
    @Description("Corrects what a claim says: its number, what it counts and its hedge. The claim is then the editor's (method EDITOR) and re-ingesting keeps it. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload updateClaim(
            @NonNull @Description("The claim and what it really says.") UpdateClaimInput input) {
        inputs.validate(input);
        Claim claim = claim(input.claimId());
        Edit<SourceArticle> edit = edits.lock(ARTICLES, claim.article.getGlobalId(), "claimId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Map<String, Object> before = snapshot(article, claim);
        setNumbers(claim, input.value(), input.counts(), input.qualifier());
        return corrected("updateClaim", edit, before, snapshot(article, claim), claim);
    }

    @Mutation("removeClaim")
    @Description("Takes a false claim off its article. Re-ingesting the article does not bring it back. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload removeClaim(@NonNull @Description("The claim.") RemoveClaimInput input) {
        inputs.validate(input);
        Claim claim = claim(input.claimId());
        Edit<SourceArticle> edit = edits.lock(ARTICLES, claim.article.getGlobalId(), "claimId", input.expectedVersion());
        SourceArticle article = edit.entity();
        Map<String, Object> before = snapshot(article, claim);
        String key = RejectedFinding.claimKey(claim.phrase, claim.inHeadline, claim.start);
        claim.delete();
        if (ArticleQueries.rejection(article, RejectedFinding.Kind.CLAIM, key).isEmpty()) {
            new RejectedFinding(article, RejectedFinding.Kind.CLAIM, key).persist();
        }
        return corrected("removeClaim", edit, before, Map.of("version", article.version), null);
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
        ArticleQueries.setClaimStatement(article, statement);
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

    private static ArticleCorrectionPayload corrected(String operation, Edit<SourceArticle> edit,
            Map<String, Object> before, Map<String, Object> after, Claim claim) {
        SourceArticle article = edit.entity();
        edit.recordNewVersion(operation, before, () -> withVersion(article, after));
        ClaimView view = claim == null
                ? null
                : ArticleQueries.articleClaims(List.of(article.id)).getOrDefault(article.id, List.of()).stream()
                        .filter(c -> c.id().equals(claim.id)).findFirst().orElseThrow();
        return new ArticleCorrectionPayload(ArticleQueries.byId(article.id).orElseThrow(), view);
    }

    private static Map<String, Object> withVersion(SourceArticle article, Map<String, Object> state) {
        Map<String, Object> map = new LinkedHashMap<>(state);
        map.put("version", article.version);
        return map;
    }

    /** A span of the article's cleaned text: start before end, end at most the text's length. */
    private static void requireSpan(SourceArticle article, int start, int end) {
        if (end <= start) {
            throw new BadUserInputException("Input field 'end' (" + end + ") must be after start (" + start + ").",
                    "end");
        }
        if (end > article.text.length()) {
            throw new BadUserInputException("Input field 'end' (" + end + ") is past the end of the article's text ("
                    + article.text.length() + " characters).", "end");
        }
    }

    private static void requireAbsent(Object value, String field, String precision) {
        if (value != null) {
            throw new BadUserInputException("Input field '" + field + "' must be left out for " + precision + ".",
                    field);
        }
    }

    private static void setNumbers(Claim claim, int value, ClaimUnit counts, ClaimQualifier qualifier) {
        claim.value = value;
        claim.counts = counts;
        claim.qualifier = qualifier;
        claim.approximate = qualifier != null;
        claim.method = FindingMethod.EDITOR;
    }

    private static Claim claim(String id) {
        return GlobalId.keyOf(id, ClaimView.TYPE, "claimId").map(key -> Claim.<Claim>findById(key))
                .orElseThrow(() -> new NotFoundException("No claim has the id given in 'claimId'.", "claimId"));
    }

    private static Map<String, Object> snapshot(SourceArticle article, Mention mention) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", article.version);
        if (mention != null) {
            map.put("country", mention.country.code);
            map.put("count", mention.count);
            map.put("method", mention.method);
            map.put("offsets", mention.offsets.stream().map(s -> List.of(s.start, s.end)).toList());
        }
        return map;
    }

    private static Map<String, Object> snapshot(SourceArticle article, Claim claim) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", article.version);
        map.put("claim", claim.id == null ? null : GlobalId.encode(ClaimView.TYPE, claim.id));
        map.put("phrase", claim.phrase);
        map.put("value", claim.value);
        map.put("counts", claim.counts);
        map.put("qualifier", claim.qualifier);
        map.put("method", claim.method);
        return map;
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
