package org.statementatlas.graphql.server;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.batch.DirectField;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;

/**
 * Replaces SmallRye's fetcher of every plain property field (a {@code FieldDataFetcher}) with a graphql-java
 * {@link LightDataFetcher} that reads the same public field or getter.
 * <p>
 * Why: SmallRye 2.17's {@code FieldDataFetcher.get} calls {@code SmallRyeContextManager.populateFromDataFetchingEnvironment}
 * for every property of every object in an answer. That clones the request context and builds the selected
 * fields as JSON-P arrays twice, although nothing reads them for a property; in a profile of a 1,870-name answer
 * it was a fifth of all CPU time (docs/performance.md). A {@code LightDataFetcher} also spares graphql-java from
 * building a {@link DataFetchingEnvironment} for the field.
 * <p>
 * Values that SmallRye would convert (a wrapper such as a list, a transformation such as a date format, an
 * adapter, any scalar other than the plain ones) still go through SmallRye's own {@link FieldHelper}, with the
 * environment built on demand, so answers are unchanged. A fetcher this class cannot read is left as it is.
 * <p>
 * It also calls every {@link DirectField} method directly (a {@link Direct} fetcher): a {@code @Source} field computed
 * from its object and plain arguments alone, such as {@code Country.name(lang:)}, for which SmallRye's per-call work
 * made a list of 100 names nine times slower.
 */
@RegisterForReflection(targets = {FieldDataFetcher.class, AbstractDataFetcher.class}, fields = true, methods = false)
final class LeanFields {

    private static final Logger LOG = Logger.getLogger(LeanFields.class);

    /** Java types whose values graphql-java serializes as they are, with no SmallRye conversion. */
    private static final Set<String> PLAIN = Set.of(String.class.getName(), Boolean.class.getName(), "boolean",
            Integer.class.getName(), "int", Long.class.getName(), "long", Double.class.getName(), "double");

    private static final Field MODEL_FIELD = declared(FieldDataFetcher.class, "field");
    private static final Field OWNER = declared(FieldDataFetcher.class, "owner");
    private static final Field OPERATION = declared(AbstractDataFetcher.class, "operation");

    private LeanFields() {
    }

    static GraphQLSchema apply(GraphQLSchema schema) {
        if (MODEL_FIELD == null || OWNER == null) {
            return schema; // another SmallRye version: keep its fetchers
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder lean = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                DataFetcher<?> fetcher = registry.getDataFetcher(object, definition);
                DataFetcher<?> leaner = fetcher instanceof FieldDataFetcher<?> property
                        ? property(property)
                        : fetcher instanceof AbstractDataFetcher<?, ?> operation ? direct(operation) : null;
                if (leaner != null) {
                    lean.dataFetcher(FieldCoordinates.coordinates(object, definition), leaner);
                    replaced++;
                }
            }
        }
        LOG.debugf("%d property and direct fields read without SmallRye's per-field context", replaced);
        GraphQLCodeRegistry built = lean.build();
        return schema.transform(builder -> builder.codeRegistry(built));
    }

    /**
     * A direct call of a {@link DirectField} method, for SmallRye's fetcher of a non-batched {@code @Source} method
     * so marked whose arguments and result need no conversion; null for any other fetcher.
     */
    private static Direct direct(AbstractDataFetcher<?, ?> smallrye) {
        if (OPERATION == null) {
            return null;
        }
        try {
            Operation operation = (Operation) OPERATION.get(smallrye);
            if (!operation.isSourceField() || !plain(operation)) {
                return null;
            }
            List<Argument> arguments = operation.getArguments();
            for (Argument argument : arguments) {
                if (!argument.isSourceArgument() && !plain(argument)) {
                    return null;
                }
            }
            Class<?> owner = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(operation.getMethodName()) && method.getParameterCount() == arguments.size()
                        && method.isAnnotationPresent(DirectField.class)) {
                    return new Direct(owner, method, arguments.stream()
                            .map(a -> a.isSourceArgument() ? null : a.getName()).toArray(String[]::new));
                }
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "Keeping SmallRye's fetcher for a source field");
            return null;
        }
    }

    private static Property property(FieldDataFetcher<?> smallrye) {
        try {
            var field = (io.smallrye.graphql.schema.model.Field) MODEL_FIELD.get(smallrye);
            var owner = (Reference) OWNER.get(smallrye);
            Class<?> ownerClass = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Member member = field.getMethodName() == null
                    ? ownerClass.getField(field.getPropertyName())
                    : ownerClass.getMethod(field.getMethodName());
            return new Property(member, plain(field) ? null : new FieldHelper(field));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "Keeping SmallRye's fetcher for a field");
            return null;
        }
    }

    /** True when SmallRye's {@code FieldHelper} would return the value as it is. */
    private static boolean plain(io.smallrye.graphql.schema.model.Field field) {
        if (field.hasWrapper() || field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return false;
        }
        Reference reference = field.getReference();
        if (reference.isAdaptingTo() || reference.isAdaptingWith()) {
            return false;
        }
        ReferenceType kind = reference.getType();
        return kind == ReferenceType.TYPE || kind == ReferenceType.INTERFACE || kind == ReferenceType.ENUM
                || (kind == ReferenceType.SCALAR && PLAIN.contains(reference.getClassName()));
    }

    private static Field declared(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "SmallRye's %s has no field %s", owner.getSimpleName(), name);
            return null;
        }
    }

    /**
     * Reads one property; {@code helper} is null when the value needs no conversion.
     */
    record Property(Member member, FieldHelper helper) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            if (source == null) {
                return null;
            }
            Object value = read(source);
            if (helper == null || value == null) {
                return value;
            }
            try {
                return helper.transformOrAdaptResponse(value, environment.get());
            } catch (AbstractDataFetcherException e) {
                return value; // what SmallRye does: it logs the failed transformation and answers the raw value
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        private Object read(Object source) throws IllegalAccessException, InvocationTargetException {
            return member instanceof Method method ? method.invoke(source) : ((Field) member).get(source);
        }
    }

    /**
     * Calls a {@link DirectField} method on its bean: the source object for the {@code @Source} parameter, the
     * argument of the same name (defaults applied by graphql-java) for the others. An exception the method throws
     * is thrown as it is, to be answered like any other (a {@code BAD_USER_INPUT} stays one).
     */
    static final class Direct implements DataFetcher<Object> {

        private final Class<?> owner;
        private final Method method;
        /** Per parameter: the GraphQL argument's name, or null for the source. */
        private final String[] names;
        private volatile Object bean;

        Direct(Class<?> owner, Method method, String[] names) {
            this.owner = owner;
            this.method = method;
            this.names = names;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = names[i] == null ? source : environment.getArgument(names[i]);
            }
            if (bean == null) {
                bean = Arc.container().instance(owner).get();
            }
            try {
                return method.invoke(bean, values);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
