package org.statementatlas.graphql.server;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
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
 */
@RegisterForReflection(targets = FieldDataFetcher.class, fields = true, methods = false)
final class LeanFields {

    private static final Logger LOG = Logger.getLogger(LeanFields.class);

    /** Java types whose values graphql-java serializes as they are, with no SmallRye conversion. */
    private static final Set<String> PLAIN = Set.of(String.class.getName(), Boolean.class.getName(), "boolean",
            Integer.class.getName(), "int", Long.class.getName(), "long", Double.class.getName(), "double");

    private static final Field MODEL_FIELD = declared("field");
    private static final Field OWNER = declared("owner");

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
                if (fetcher instanceof FieldDataFetcher<?> smallrye) {
                    Property property = property(smallrye);
                    if (property != null) {
                        lean.dataFetcher(FieldCoordinates.coordinates(object, definition), property);
                        replaced++;
                    }
                }
            }
        }
        LOG.debugf("%d property fields read without SmallRye's per-field context", replaced);
        GraphQLCodeRegistry built = lean.build();
        return schema.transform(builder -> builder.codeRegistry(built));
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

    private static Field declared(String name) {
        try {
            Field field = FieldDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "SmallRye's FieldDataFetcher has no field %s", name);
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
}
