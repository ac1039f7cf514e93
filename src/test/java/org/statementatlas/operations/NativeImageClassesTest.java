package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableBean;
import io.quarkus.caffeine.runtime.graal.CacheConstructorsFeature;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.api.Subscription;

/**
 * What the native image reaches only by reflection is registered for it. Every Caffeine cache a bean of the service holds selects generated classes that the native image registers for
 * reflection, either through {@code quarkus-caffeine} or through {@link NativeImageClasses}. Without that the native
 * binary fails at start with a {@code ClassNotFoundException} for the class Caffeine asked for.
 */
@QuarkusTest
class NativeImageClassesTest {

    @Test
    void everyCacheOfTheServiceSelectsRegisteredClasses() throws ReflectiveOperationException {
        Set<String> registered = new HashSet<>(Arrays.asList(CacheConstructorsFeature.typesNeedingConstructorsRegistered()));
        registered.addAll(Arrays.asList(NativeImageClasses.class.getAnnotation(RegisterForReflection.class).classNames()));
        List<String> selected = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getName().startsWith("org.statementatlas.")) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Cache.class.isAssignableFrom(field.getType())) {
                    Object owner = ClientProxy.unwrap(Arc.container().instance((InjectableBean<?>) bean).get());
                    field.setAccessible(true);
                    selected.addAll(generatedClasses(field.get(owner)));
                }
            }
        }
        assertFalse(selected.isEmpty(), "no Caffeine cache found in the service's beans");
        for (String name : selected) {
            assertTrue(registered.contains(name), name + " is selected by a cache but not registered for the native image;"
                    + " add it to NativeImageClasses");
        }
    }

    /**
     * SmallRye GraphQL calls every operation by reflection ({@code Class.getMethod}). Quarkus registers the classes that
     * declare queries, mutations or subscriptions, but not a class that declares only {@code @Source} fields: in the
     * native binary each such field then fails with {@code NoSuchMethodException}, and so does every request that
     * builds the batch loaders.
     */
    @Test
    void everyApiClassOfSourceFieldsOnlyIsRegistered() {
        List<String> unregistered = new ArrayList<>();
        int apis = 0;
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getName().startsWith("org.statementatlas.") || !type.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            apis++;
            boolean operations = Arrays.stream(type.getDeclaredMethods()).anyMatch(NativeImageClassesTest::isOperation);
            RegisterForReflection registration = type.getAnnotation(RegisterForReflection.class);
            if (!operations && (registration == null || !registration.methods())) {
                unregistered.add(type.getName());
            }
        }
        assertTrue(apis > 0, "no @GraphQLApi bean found");
        assertTrue(unregistered.isEmpty(), () -> "add @RegisterForReflection(methods = true, fields = false) to "
                + unregistered);
    }

    private static boolean isOperation(Method method) {
        return method.isAnnotationPresent(Query.class) || method.isAnnotationPresent(Mutation.class)
                || method.isAnnotationPresent(Subscription.class);
    }

    /** The cache class and the node class Caffeine generated for a manual cache's settings. */
    private static List<String> generatedClasses(Object manualCache) throws ReflectiveOperationException {
        Object localCache = read(manualCache, "cache");
        return List.of(localCache.getClass().getName(), read(localCache, "nodeFactory").getClass().getName());
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name + " in " + target.getClass());
    }
}
