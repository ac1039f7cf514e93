package org.statementatlas.security;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Who is calling: the holder of the bearer token the request carried. */
@Description("Who is calling: the holder of the bearer token the request carried.")
public record Viewer(
        @NonNull @Description("The token's name, as configured on the server; the actor in the change log.") String name,
        @NonNull @Description("The token's roles, e.g. editor.") List<@NonNull String> roles,
        @Description("True when the token may write: call mutations and previewArticle.") boolean editor) {
}
