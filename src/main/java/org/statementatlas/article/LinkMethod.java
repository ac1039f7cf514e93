package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How an article was linked to the statement it reports. */
@Description("How an article was linked to the statement it reports.")
public enum LinkMethod {
    @Description("Curated by hand.")
    CURATED, @Description("Matched by publication date.")
    DATE, @Description("Matched by text quoted from the statement.")
    QUOTE, @Description("Matched by words of the statement's title.")
    TITLE, @Description("Matched by the signatories the article names.")
    SIGNATORIES, @Description("Matched by several signals together.")
    COMBINED, @Description("Chosen by an editor correcting the pipeline; re-ingesting the article keeps it.")
    EDITOR
}
