package org.statementatlas.ingest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.changelog.ChangeLog;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;

/**
 * The ingestArticle mutation. Like every write it needs the editor role and records a change-log entry in the
 * same transaction; {@code atlas.ingest.enabled} can switch ingestion off on a server altogether.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class IngestApi {

    private final IngestService service;
    private final IngestConfig config;
    private final ChangeLog changeLog;

    IngestApi(IngestService service, IngestConfig config, ChangeLog changeLog) {
        this.service = service;
        this.config = config;
        this.changeLog = changeLog;
    }

    @Mutation("ingestArticle")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    @Description("Cleans a raw news article, extracts its metadata, country mentions, signatory-count claims, quotes and cited resolutions, links it to the statement it reports and stores it, all in one transaction. The same URL or the same cleaned text updates the stored article. Give text or html. Texts that are empty, binary, not prose or over 200 KB (HTML over 2 MB) give BAD_USER_INPUT and write nothing.")
    public @NonNull IngestArticlePayload ingestArticle(
            @NonNull @Name("input") @Description("The article and what the caller knows about it.") IngestArticleInput input) {
        if (!config.enabled()) {
            throw new IngestDisabledException();
        }
        IngestService.Outcome outcome = service.ingest(request(input));
        SourceArticle article = outcome.article();
        changeLog.record("ingestArticle", SourceArticle.TYPE, article.getGlobalId(), null,
                Map.of("url", article.url, "contentHash", article.contentHash, "created", outcome.created()));
        return new IngestArticlePayload(outcome);
    }

    /** Text as it is; HTML read into text and metadata first. Exactly one of the two must be given. */
    private static IngestRequest request(IngestArticleInput input) {
        boolean text = input.text != null;
        boolean html = input.html != null;
        if (text == html) {
            throw new BadUserInputException("Give the article either as text or as html, not " + (text ? "both" : "neither")
                    + ".", "input.text");
        }
        return html
                ? HtmlPage.toRequest(input.html, input.url, input.headline, input.outlet, input.publishedOn, input.language)
                : new IngestRequest(input.text, input.url, input.headline, input.outlet, input.publishedOn, input.language);
    }
}
