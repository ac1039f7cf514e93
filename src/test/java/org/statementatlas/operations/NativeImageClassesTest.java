package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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

    /**
     * Quarkus registers the class of every GraphQL output type, but not the classes it inherits its fields from (e.g.
     * {@code Connection} for {@code StatementConnection}): SmallRye's {@code Class.getMethod("getEdges")} then fails in
     * the native binary. Walks every output type reachable from the operations and checks their superclasses.
     */
    @Test
    void everySuperclassOfAnOutputTypeIsRegistered() {
        Set<Class<?>> types = new HashSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("org.statementatlas.") && type.isAnnotationPresent(GraphQLApi.class)) {
                Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                        .forEach(m -> collectOutputTypes(m.getGenericReturnType(), types));
            }
        }
        assertTrue(types.stream().anyMatch(t -> t.getSimpleName().equals("StatementConnection")),
                () -> "the walk missed StatementConnection: " + types);
        Set<String> unregistered = new HashSet<>();
        for (Class<?> type : types) {
            for (Class<?> parent = type.getSuperclass(); isOurs(parent); parent = parent.getSuperclass()) {
                RegisterForReflection registration = parent.getAnnotation(RegisterForReflection.class);
                if (registration == null || !registration.methods()) {
                    unregistered.add(parent.getName() + " (inherited by " + type.getSimpleName() + ")");
                }
            }
        }
        assertTrue(unregistered.isEmpty(), () -> "add @RegisterForReflection(methods = true, fields = false) to "
                + unregistered);
    }

    /** The classes of ours that a Java type names, with the types of their getters, recursively. */
    private static void collectOutputTypes(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            collectOutputTypes(parameterized.getRawType(), found);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> collectOutputTypes(t, found));
        } else if (type instanceof Class<?> klass && isOurs(klass) && found.add(klass)) {
            collectOutputTypes(klass.getGenericSuperclass(), found);
            for (Method method : klass.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                        && method.getDeclaringClass() != Object.class) {
                    collectOutputTypes(method.getGenericReturnType(), found);
                }
            }
        }
    }

    private static boolean isOurs(Class<?> type) {
        return type != null && type.getName().startsWith("org.statementatlas.");
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
