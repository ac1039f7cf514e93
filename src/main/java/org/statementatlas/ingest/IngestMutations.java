package org.statementatlas.ingest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.changelog.Edits;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.pipeline.HtmlPage;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The ingestArticle mutation and its dry run, the previewArticle query (kept beside it: both read the input the same
 * way). Like every write it needs the editor role and records a change-log entry in the same transaction; {@code atlas.ingest.enabled} can switch ingestion off on a server altogether. A page fetched by
 * URL is fetched before the transaction starts, so no transaction waits on the network.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class IngestMutations {

    private final IngestService service;
    private final IngestConfig config;
    private final Edits edits;
    private final PageFetcher fetcher;

    IngestMutations(IngestService service, IngestConfig config, Edits edits, PageFetcher fetcher) {
        this.service = service;
        this.config = config;
        this.edits = edits;
        this.fetcher = fetcher;
    }

    @Mutation("ingestArticle")
    @RolesAllowed(Roles.EDITOR)
    @Description("Cleans a raw news article, extracts its metadata, country mentions, signatory-count claims, quotes and cited resolutions, links it to the statement it reports and stores it, all in one transaction. The same URL or the same cleaned text updates the stored article. Give text or html, or only url to have the service fetch the page. Texts that are empty, binary, not prose or over 200 KB (HTML over 2 MB) give BAD_USER_INPUT and write nothing; a URL the service refuses to fetch (not http(s), with credentials, or at a loopback, private or link-local address) gives BAD_USER_INPUT, and a fetch that fails gives UPSTREAM_FAILED, each with extensions.reason, and write nothing.")
    public @NonNull IngestArticlePayload ingestArticle(
            @NonNull @Name("input") @Description("The article and what the caller knows about it.") IngestArticleInput input) {
        if (!config.enabled()) {
            throw new IngestDisabledException();
        }
        IngestRequest request = request(input);
        return QuarkusTransaction.requiringNew().call(() -> {
            IngestService.Outcome outcome = service.ingest(request);
            SourceArticle article = outcome.article();
            edits.recordStored("ingestArticle", SourceArticle.TYPE, article,
                    () -> Map.of("url", article.url, "contentHash", article.contentHash, "created", outcome.created()));
            return new IngestArticlePayload(outcome);
        });
    }

    @Query("previewArticle")
    @RolesAllowed(Roles.EDITOR)
    @Description("A dry run of ingestArticle for editors: what the pipeline finds in this input (cleaned text, removed site chrome, date and its precision, mentions, claims with verdicts, the suggested statement and its candidates), computed exactly as ingestArticle would and stored nowhere: no row is written and no change is logged. Takes the same input and gives the same errors as ingestArticle.")
    public @NonNull ArticlePreview previewArticle(
            @NonNull @Name("input") @Description("The article and what the caller knows about it, as for ingestArticle.") IngestArticleInput input) {
        if (!config.enabled()) {
            throw new IngestDisabledException();
        }
        IngestRequest request = request(input);
        return ArticlePreview.of(request.text(), service.preview(request));
    }

    /**
     * Text as it is; HTML read into text and metadata first; with neither, the page at the URL fetched and read like
     * one of them. Text and html together are refused.
     */
    private IngestRequest request(IngestArticleInput input) {
        boolean text = input.text != null;
        boolean html = input.html != null;
        if (text && html) {
            throw new BadUserInputException("Give the article either as text or as html, not both.", "input.text");
        }
        if (!text && !html) {
            if (input.url == null) {
                throw new BadUserInputException("Give the article as text or html, or give its url to fetch it.",
                        "input.text");
            }
            PageFetcher.Fetched page = fetcher.fetch(input.url);
            return page.isHtml()
                    ? HtmlPage.toRequest(page.body(), input.url, input.headline, input.outlet, input.publishedOn,
                            input.language)
                    : new IngestRequest(page.body(), input.url, input.headline, input.outlet, input.publishedOn,
                            input.language);
        }
        return html
                ? HtmlPage.toRequest(input.html, input.url, input.headline, input.outlet, input.publishedOn, input.language)
                : new IngestRequest(input.text, input.url, input.headline, input.outlet, input.publishedOn, input.language);
    }
}
