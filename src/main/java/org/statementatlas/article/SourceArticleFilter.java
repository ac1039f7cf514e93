package org.statementatlas.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which articles to list; all given conditions must hold. */
@Input("SourceArticleFilter")
@Description("Which articles to list. All given conditions must hold.")
public record SourceArticleFilter(
        @Description("Outlet name or domain, e.g. \"Kyiv Post\" or \"kyivpost.com\", in any case.") String outlet,
        @Description("Articles that mention this country (ISO alpha-2 code, or \"EU\"), in any case.") String mentions,
        @Id @Description("Articles that report this statement (its global id).") String reports,
        @Description("Published on or after this date (ISO 8601).") LocalDate publishedAfter,
        @Description("Published on or before this date (ISO 8601).") LocalDate publishedBefore,
        @Description("Words in the headline or text, in any case (1 to 200 characters).") String text) {
}
