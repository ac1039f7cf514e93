package org.statementatlas.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.statementatlas.graphql.error.PermissionDeniedException;
import org.statementatlas.graphql.error.UnauthenticatedException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Translates Quarkus' security exceptions into our coded API errors. SmallRye GraphQL names an unknown
 * exception's code after its class ("unauthorized"), and Quarkus' classes cannot carry {@code @ErrorCode}.
 * The priority puts this interceptor outside Quarkus' {@code @RolesAllowed} check (priority 150), which in
 * turn runs before {@code @Transactional}: a refused call never opens a transaction.
 */
@GraphQLSecurityErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityErrorInterceptor {

    private final SecurityIdentity identity;

    SecurityErrorInterceptor(SecurityIdentity identity) {
        this.identity = identity;
    }

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (UnauthorizedException | AuthenticationFailedException | AuthenticationCompletionException e) {
            // No token (anonymous), or a token that matches no configured digest (anonymous, marked).
            throw new UnauthenticatedException(identity.getAttribute(BearerTokenMechanism.REJECTED_TOKEN) != null
                    ? "The bearer token is not valid."
                    : "This operation needs an editor token: send 'Authorization: Bearer <token>'.");
        } catch (io.quarkus.security.ForbiddenException e) {
            throw new PermissionDeniedException("This operation needs the '" + Roles.EDITOR + "' role, which the token lacks.");
        }
    }
}
