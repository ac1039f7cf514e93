package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** Who made a finding about an article: the ingestion pipeline, or an editor who corrected it. */
@Description("Who made a finding about an article (a mention, a claim, the publication date, the statement it reports).")
public enum FindingMethod {
    @Description("The ingestion pipeline; re-ingesting the article finds it anew.")
    PIPELINE, @Description("An editor, who added or corrected it; re-ingesting the article keeps it as the editor left it.")
    EDITOR
}
