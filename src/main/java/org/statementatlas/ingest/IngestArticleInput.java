package org.statementatlas.ingest;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of the ingestArticle mutation. */
@Input("IngestArticleInput")
@Description("A raw news article to ingest. Only text is required; every other field, when given, overrides what extraction finds.")
public class IngestArticleInput {

    @NonNull
    @Description("The article as copied from the page, with its site chrome (menus, ads, \"Read also\", comments); at most 200 KB of UTF-8.")
    public String text;

    @Description("Address of the article. The same URL updates the stored article; without one, the same cleaned text does.")
    public String url;

    @Description("Headline, when extraction should not guess it.")
    public String headline;

    @Description("Name of the outlet that published the article, e.g. \"Kyiv Post\".")
    public String outlet;

    @Description("Publication date (ISO 8601). Claims are checked against the signatory list on this day.")
    public LocalDate publishedOn;

    @Description("Language of the text (ISO 639-1); default \"en\".")
    public String language;
}
