package org.statementatlas.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Node;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * The served schema may grow but must not break clients: every type, field, argument, input field, enum value,
 * union member and interface of the committed snapshot ({@code src/test/resources/schema.graphql}) must still be
 * there with the same type, default value and description. Additions pass. After an intended addition, refresh the
 * snapshot with {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dupdate-schema-snapshot=true}.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "schema.graphql");

    @Test
    void servedSchemaOnlyAddsToTheSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-schema-snapshot")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        List<String> breaks = new ArrayList<>();
        compare(parse(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)), parse(served), breaks);
        assertEquals(List.of(), breaks, "changes to the schema that are not additions");
    }

    private static Map<String, TypeDefinition<?>> parse(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        return registry.types().values().stream().collect(Collectors.toMap(TypeDefinition::getName, t -> t));
    }

    private static void compare(Map<String, TypeDefinition<?>> before, Map<String, TypeDefinition<?>> after,
            List<String> breaks) {
        before.forEach((name, old) -> {
            TypeDefinition<?> now = after.get(name);
            if (now == null) {
                breaks.add(name + ": removed");
                return;
            }
            if (old.getClass() != now.getClass()) {
                breaks.add(name + ": kind changed");
                return;
            }
            same(name, "description", description(old), description(now), breaks);
            if (old instanceof ImplementingTypeDefinition<?> o) {
                ImplementingTypeDefinition<?> n = (ImplementingTypeDefinition<?>) now;
                missing(name + " implements", printed(o.getImplements()), printed(n.getImplements()), breaks);
                members(name, o.getFieldDefinitions(), n.getFieldDefinitions(), FieldDefinition::getName,
                        (path, of, nf) -> {
                            same(path, "type", AstPrinter.printAst(of.getType()), AstPrinter.printAst(nf.getType()),
                                    breaks);
                            same(path, "description", text(of.getDescription()), text(nf.getDescription()), breaks);
                            arguments(path, of.getInputValueDefinitions(), nf.getInputValueDefinitions(), breaks);
                        }, breaks);
            } else if (old instanceof InputObjectTypeDefinition o) {
                arguments(name, o.getInputValueDefinitions(),
                        ((InputObjectTypeDefinition) now).getInputValueDefinitions(), breaks);
            } else if (old instanceof EnumTypeDefinition o) {
                members(name, o.getEnumValueDefinitions(), ((EnumTypeDefinition) now).getEnumValueDefinitions(),
                        EnumValueDefinition::getName,
                        (path, ov, nv) -> same(path, "description", text(ov.getDescription()),
                                text(nv.getDescription()), breaks),
                        breaks);
            } else if (old instanceof UnionTypeDefinition o) {
                missing(name + " members", printed(o.getMemberTypes()),
                        printed(((UnionTypeDefinition) now).getMemberTypes()), breaks);
            }
        });
    }

    /** Arguments and input fields: each old one keeps its type, default and description. */
    private static void arguments(String owner, List<InputValueDefinition> before, List<InputValueDefinition> after,
            List<String> breaks) {
        members(owner, before, after, InputValueDefinition::getName, (path, o, n) -> {
            same(path, "type", AstPrinter.printAst(o.getType()), AstPrinter.printAst(n.getType()), breaks);
            same(path, "default", printed(o.getDefaultValue()), printed(n.getDefaultValue()), breaks);
            same(path, "description", text(o.getDescription()), text(n.getDescription()), breaks);
        }, breaks);
        // A new argument or input field that must be given breaks every client that does not give it.
        Map<String, InputValueDefinition> old = before.stream()
                .collect(Collectors.toMap(InputValueDefinition::getName, v -> v));
        after.stream().filter(n -> !old.containsKey(n.getName()))
                .filter(n -> n.getType() instanceof graphql.language.NonNullType && n.getDefaultValue() == null)
                .forEach(n -> breaks.add(owner + "." + n.getName() + ": added as required"));
    }

    private interface Check<M> {

        void apply(String path, M before, M after);
    }

    private static <M> void members(String owner, List<M> before, List<M> after, Function<M, String> nameOf,
            Check<M> check, List<String> breaks) {
        Map<String, M> now = after.stream().collect(Collectors.toMap(nameOf, m -> m));
        for (M old : before) {
            String path = owner + "." + nameOf.apply(old);
            M found = now.get(nameOf.apply(old));
            if (found == null) {
                breaks.add(path + ": removed");
            } else {
                check.apply(path, old, found);
            }
        }
    }

    private static void missing(String what, String before, String after, List<String> breaks) {
        for (String item : before.split(",")) {
            if (!item.isBlank() && !List.of(after.split(",")).contains(item)) {
                breaks.add(what + ": " + item + " removed");
            }
        }
    }

    private static void same(String path, String aspect, String before, String after, List<String> breaks) {
        if (!Objects.equals(before, after)) {
            breaks.add(path + ": " + aspect + " changed from " + before + " to " + after);
        }
    }

    private static String description(TypeDefinition<?> type) {
        return type instanceof graphql.language.AbstractDescribedNode<?> d ? text(d.getDescription()) : null;
    }

    private static String text(Description description) {
        return description == null ? null : description.getContent();
    }

    private static String printed(Node<?> node) {
        return node == null ? null : AstPrinter.printAst(node);
    }

    @SuppressWarnings("rawtypes")
    private static String printed(List<Type> types) {
        return types.stream().map(t -> AstPrinter.printAst((Node<?>) t)).sorted().collect(Collectors.joining(","));
    }
}
