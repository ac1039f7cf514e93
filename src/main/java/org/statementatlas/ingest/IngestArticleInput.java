package org.statementatlas.ingest;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The input of the ingestArticle mutation. */
@Input("IngestArticleInput")
@Description("A raw news article to ingest: its text, its html, or only its url for the service to fetch (editors only; http(s) at public addresses, bounded in size and time). Every other field, when given, overrides what extraction finds.")
public class IngestArticleInput {

    @Description("The article as copied from the page, with its site chrome (menus, ads, \"Read also\", comments); at most 200 KB of UTF-8. Give either text or html.")
    public String text;

    @Description("The page's HTML, at most 2 MB of UTF-8: the body is found from the page structure, and headline, outlet, date and URL from its meta tags (og:title, og:site_name, article:published_time, canonical link) and JSON-LD NewsArticle. Give either text or html.")
    public String html;

    @Description("Address of the article. The same URL updates the stored article; without one, the same cleaned text does. Given without text or html, the service fetches the page (HTML or plain text, at most 2 MB, redirects followed up to a limit) from a public address; a refused URL gives BAD_USER_INPUT, a failed fetch UPSTREAM_FAILED, each with extensions.reason.")
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
