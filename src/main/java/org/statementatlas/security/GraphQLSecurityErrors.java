package org.statementatlas.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a GraphQL API class whose {@code @RolesAllowed} failures must reach clients as GraphQL errors with
 * extensions.code UNAUTHENTICATED or FORBIDDEN (see {@link SecurityErrorInterceptor}).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface GraphQLSecurityErrors {
}
