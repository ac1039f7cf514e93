package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Which fetchers the engine replaces, on the schema SmallRye built: plain properties are read directly, a
 * {@code @DirectField} source method is called directly, and every other source field keeps SmallRye's fetcher.
 * (That answers stay the same is what every GraphQL test shows; this shows the fast path is taken.)
 */
@QuarkusTest
class LeanFieldsTest {

    @Inject
    GraphQLSchema smallrye;

    private DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(object, field),
                object.getFieldDefinition(field));
    }

    @Test
    void propertiesAndDirectFieldsAreReadWithoutSmallRyesPerCallWork() {
        GraphQLSchema lean = LeanFields.apply(smallrye);
        assertInstanceOf(LeanFields.Property.class, fetcher(lean, "Country", "code"));
        assertInstanceOf(LeanFields.Direct.class, fetcher(lean, "Country", "name"));
        assertFalse(fetcher(lean, "Country", "coSignatories") instanceof LeanFields.Direct, "not marked: SmallRye's");
        assertEquals(fetcher(smallrye, "Country", "coSignatories").getClass(),
                fetcher(lean, "Country", "coSignatories").getClass());
    }
}
