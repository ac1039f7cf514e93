package org.statementatlas.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The ingestArticle mutation. Writes will require the editor role (issue 5): the only change then is
 * {@code @RolesAllowed("editor")} on {@link #ingestArticle}. Until then the {@code atlas.ingest.enabled} switch, off in
 * production, keeps a public service closed for writes.
 */
@GraphQLApi
@ApplicationScoped
public class IngestApi {

    private final IngestService service;
    private final IngestConfig config;

    IngestApi(IngestService service, IngestConfig config) {
        this.service = service;
        this.config = config;
    }

    @Mutation("ingestArticle")
    @Description("Cleans a raw news article, extracts its metadata, country mentions, signatory-count claims, quotes and cited resolutions, links it to the statement it reports and stores it, all in one transaction. The same URL or the same cleaned text updates the stored article. Texts that are empty, binary, not prose or over 200 KB give BAD_USER_INPUT and write nothing.")
    public @NonNull IngestArticlePayload ingestArticle(
            @NonNull @Name("input") @Description("The article and what the caller knows about it.") IngestArticleInput input) {
        if (!config.enabled()) {
            throw new IngestDisabledException();
        }
        return new IngestArticlePayload(service.ingest(new IngestRequest(input.text, input.url, input.headline,
                input.outlet, input.publishedOn, input.language)));
    }
}
