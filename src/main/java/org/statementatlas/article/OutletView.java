package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The read model of the news outlet that published an article. */
@Name("Outlet")
@Description("The news outlet that published an article.")
public record OutletView(
        @NonNull @Description("Name of the outlet, e.g. \"Kyiv Post\".") String name,
        @Description("Web domain of the outlet, e.g. \"kyivpost.com\".") String domain) {
}
