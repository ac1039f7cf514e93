package org.statementatlas.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.graphql.error.UnauthenticatedException;

import io.quarkus.security.identity.SecurityIdentity;

/** The viewer query: lets a page that holds a token say who is signed in, and tell a wrong token at once. */
@GraphQLApi
@ApplicationScoped
public class ViewerApi {

    private final SecurityIdentity identity;

    ViewerApi(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Query("viewer")
    @Description("The holder of the request's bearer token; null without one. A token the server does not know gives UNAUTHENTICATED.")
    public Viewer viewer() {
        if (identity.getAttribute(BearerTokenMechanism.REJECTED_TOKEN) != null) {
            throw new UnauthenticatedException("This token is not valid here: check that it was pasted whole.");
        }
        if (identity.isAnonymous()) {
            return null;
        }
        List<String> roles = identity.getRoles().stream().sorted().toList();
        return new Viewer(identity.getPrincipal().getName(), roles, roles.contains(Roles.EDITOR));
    }
}
