package org.statementatlas.graphql.batch;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a non-batched {@code @Source} method whose answer depends only on its source object and its scalar arguments:
 * it reads no database and needs no request, security or transaction context, and it returns a plain scalar. The
 * engine then calls it directly for each object, without SmallRye's per-call work (building the request context
 * and activating it), which on a list of a hundred countries costs far more than the method itself
 * (docs/performance.md, "Country names in other languages").
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface DirectField {
}
