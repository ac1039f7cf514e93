package org.statementatlas.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.statementatlas.graphql.input.InputValidator;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;
import org.statementatlas.statement.Statement;

/**
 * An editor's corrections of the mentions and claims the pipeline found in an article. Each requires the article version the editor read, moves the article to a new version and is marked
 * EDITOR, so that re-ingesting the article keeps it ({@code IngestService}); findings an editor removes are kept as
 * {@link RejectedFinding}s.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class FindingMutations {

    private final InputValidator inputs;
    private final Edits edits;

    FindingMutations(InputValidator inputs, Edits edits) {
        this.inputs = inputs;
        this.edits = edits;
    }

    @Mutation("addMention")
    @Description("Marks an occurrence of a country that the pipeline missed, as a span of the cleaned text. The country's mention is then the editor's (method EDITOR) and re-ingesting keeps it. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull ArticleCorrectionPayload addMention(
            @NonNull @Description("The article, the country and where it is mentioned.") AddMentionInput input) {
        inputs.validate(input);
        Edit<SourceArticle> edit = edits.lock(ArticleMutations.ARTICLES, input.articleId(), "articleId",
                input.expectedVersion());
        SourceArticle article = edit.entity();
        Country country = CountryCodes.distinct(List.of(input.countryCode()), "countryCode").get(0);
        requireSpan(article, input.start(), input.end());
        Mention mention = FindingQueries.mention(article, country.code).orElse(null);
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
        FindingQueries.rejection(article, RejectedFinding.Kind.MENTION, country.code).ifPresent(r -> r.delete());
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
        Edit<SourceArticle> edit = edits.lock(ArticleMutations.ARTICLES, input.articleId(), "articleId",
                input.expectedVersion());
        SourceArticle article = edit.entity();
        Country country = CountryCodes.distinct(List.of(input.countryCode()), "countryCode").get(0);
        Mention mention = FindingQueries.mention(article, country.code).orElseThrow(() -> new NotFoundException(
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
        Edit<SourceArticle> edit = edits.lock(ArticleMutations.ARTICLES, input.articleId(), "articleId",
                input.expectedVersion());
        SourceArticle article = edit.entity();
        if (input.start() != null) {
            requireSpan(article, input.start(), input.end());
        }
        Claim claim = new Claim();
        claim.article = article;
        List<Statement> statements = ArticleQueries.linkedStatements(article);
        claim.statement = statements.isEmpty() ? null : statements.get(0);
        claim.position = FindingQueries.lastClaimPosition(article) + 1;
        String phrase = input.phrase() != null && !input.phrase().isBlank()
                ? input.phrase().strip()
                : article.text.substring(input.start(), input.end()).strip();
        claim.phrase = phrase.length() <= 300 ? phrase : phrase.substring(0, 300);
        claim.inHeadline = false;
        claim.start = input.start();
        claim.end = input.end();
        setNumbers(claim, input.value(), input.counts(), input.qualifier());
        claim.persist();
        FindingQueries.rejection(article, RejectedFinding.Kind.CLAIM,
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
        Edit<SourceArticle> edit = lockArticleOf(claim, input.expectedVersion());
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
        Edit<SourceArticle> edit = lockArticleOf(claim, input.expectedVersion());
        SourceArticle article = edit.entity();
        Map<String, Object> before = snapshot(article, claim);
        String key = RejectedFinding.claimKey(claim.phrase, claim.inHeadline, claim.start);
        claim.delete();
        if (FindingQueries.rejection(article, RejectedFinding.Kind.CLAIM, key).isEmpty()) {
            new RejectedFinding(article, RejectedFinding.Kind.CLAIM, key).persist();
        }
        return corrected("removeClaim", edit, before, Map.of("version", article.version), null);
    }

    private static ArticleCorrectionPayload corrected(String operation, Edit<SourceArticle> edit,
            Map<String, Object> before, Map<String, Object> after, Claim claim) {
        SourceArticle article = edit.entity();
        edit.recordNewVersion(operation, before, () -> ArticleMutations.withVersion(article, after));
        ClaimView view = claim == null
                ? null
                : ArticleQueries.articleClaims(List.of(article.id)).getOrDefault(article.id, List.of()).stream()
                        .filter(c -> c.id().equals(claim.id)).findFirst().orElseThrow();
        return new ArticleCorrectionPayload(ArticleQueries.byId(article.id).orElseThrow(), view);
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

    private static void setNumbers(Claim claim, int value, ClaimUnit counts, ClaimQualifier qualifier) {
        claim.value = value;
        claim.counts = counts;
        claim.qualifier = qualifier;
        claim.approximate = qualifier != null;
        claim.method = FindingMethod.EDITOR;
    }

    private Edit<SourceArticle> lockArticleOf(Claim claim, Integer expectedVersion) {
        return edits.lock(ArticleMutations.ARTICLES, claim.article.getGlobalId(), "claimId", expectedVersion);
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

}
