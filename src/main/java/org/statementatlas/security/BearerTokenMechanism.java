package org.statementatlas.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <token>} and hands the token to {@link BearerTokenIdentityProvider}. A
 * request without the header is anonymous: reads are public. A token that no configured digest matches
 * also leaves the request anonymous, marked with {@link #REJECTED_TOKEN}, instead of failing it with a bare
 * HTTP 401: reads still work, and a mutation fails with the GraphQL error UNAUTHENTICATED.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Identity attribute set when the request carried a token that was not accepted. */
    public static final String REJECTED_TOKEN = "atlas.rejected-token";

    private static final String SCHEME = "Bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        // Any other scheme, or an empty token, is a credential we cannot accept: it must not pass as anonymous.
        String token = header.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)
                ? header.substring(SCHEME.length() + 1).trim()
                : "";
        return identityProviderManager
                .authenticate(new TokenAuthenticationRequest(new TokenCredential(token, SCHEME.toLowerCase())))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(() -> QuarkusSecurityIdentity.builder().setAnonymous(true)
                        .addAttribute(REJECTED_TOKEN, Boolean.TRUE).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
