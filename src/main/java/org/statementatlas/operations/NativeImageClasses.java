package org.statementatlas.operations;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes the native image reaches only by reflection and that no Quarkus extension registers.
 * <p>
 * Caffeine picks a generated cache class and node class by name from a cache's settings (strong keys and values,
 * a maximum size or weight, expiry after access) and loads them reflectively. {@code quarkus-caffeine} registers a
 * fixed set of those names; the ones below are what the service's own caches select beyond that set.
 * {@code NativeImageClassesTest} builds every Caffeine cache the service holds and fails when one selects a class
 * registered by neither.
 */
@RegisterForReflection(classNames = {
        "com.github.benmanes.caffeine.cache.PSAMS", // node of a size-bounded cache that expires after access
        "com.github.benmanes.caffeine.cache.SSMW", // weight-bounded cache
}, fields = true, methods = false)
public final class NativeImageClasses {

    private NativeImageClasses() {
    }
}
