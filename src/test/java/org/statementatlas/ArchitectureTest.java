package org.statementatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package layering that ARCHITECTURE.md draws, checked on the sources: a package imports only packages of
 * a lower layer (so there are no cycles), and no package but the server itself uses {@code graphql.server}. And the
 * split between storage and answers: the schema's object types are read models, and neither they nor the resolvers
 * that serve them touch JPA, so no GraphQL field is served from a managed entity. And HQL lives in the {@code *Queries}
 * classes only, so a reader finds every query of a domain in one file.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "statementatlas");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.statementatlas\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    /** Layer of each package, lowest first; a package may import those of lower layers only. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("graphql.error", 0), Map.entry("graphql.batch", 0), Map.entry("operations", 0),
            Map.entry("net", 0),
            Map.entry("graphql.id", 1), Map.entry("graphql.input", 1), Map.entry("graphql.paging", 1),
            Map.entry("changelog", 2),
            Map.entry("graphql.server", 3), Map.entry("security", 3),
            Map.entry("country", 4), Map.entry("ratelimit", 4), Map.entry("backup", 4),
            Map.entry("statement", 5),
            Map.entry("article", 6),
            Map.entry("pipeline", 7),
            Map.entry("ingest", 8), Map.entry("lookup", 8), Map.entry("country.api", 8), Map.entry("statement.api", 8),
            Map.entry("article.api", 8),
            Map.entry("dataset", 9), Map.entry("explorer", 9),
            Map.entry("cli", 10));

    @Test
    void everyPackageHasALayer() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path file : sources()) {
            packages.add(packageOf(file));
        }
        assertEquals(new TreeSet<>(LAYERS.keySet()), packages, "update LAYERS and ARCHITECTURE.md together");
    }

    @Test
    void importsPointDownOnly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String own = packageOf(file);
            Matcher imports = IMPORT.matcher(Files.readString(file));
            while (imports.find()) {
                String imported = imports.group(1);
                if (imported.equals(own)) {
                    continue;
                }
                Integer layer = LAYERS.get(imported);
                if (layer == null || layer >= LAYERS.get(own)
                        || imported.equals("graphql.server") && !own.equals("graphql.server")) {
                    violations.add(SOURCES.relativize(file) + " imports " + imported);
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /** Imports that mean a class works with JPA or Hibernate sessions. */
    private static final Pattern PERSISTENCE_IMPORT = Pattern.compile(
            "^import (jakarta\\.persistence|org\\.hibernate|io\\.quarkus\\.hibernate)\\.\\S+;", Pattern.MULTILINE);
    private static final Pattern DECLARATION = Pattern.compile("^public (?:final )?(class|record|interface|enum) (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*+\"",
            Pattern.DOTALL);

    @Test
    void entitiesAreNotGraphQLTypes() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            if (source.contains("\n@Entity") && source.contains("import org.eclipse.microprofile.graphql.")) {
                violations.add(SOURCES.relativize(file) + " is an entity with GraphQL annotations");
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void readModelsAndResolversDoNotTouchPersistence() throws IOException {
        Set<String> entities = new TreeSet<>();
        List<Path> servingGraphQL = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher declaration = DECLARATION.matcher(source);
            if (!declaration.find()) {
                continue;
            }
            String header = source.substring(0, declaration.start());
            if (header.contains("\n@Entity")) {
                entities.add(declaration.group(2));
            } else if (isResolver(header, source) || isReadModel(header, declaration.group(1))) {
                servingGraphQL.add(file);
            }
        }
        assertTrue(servingGraphQL.size() > 40, "found the read models and resolvers: " + servingGraphQL.size());
        // An entity may be named for its constants (Statement.TYPE), never used as a value.
        Pattern entityUse = Pattern.compile("\\b(" + String.join("|", entities) + ")\\b(?!\\s*\\.)");
        List<String> violations = new ArrayList<>();
        for (Path file : servingGraphQL) {
            String source = Files.readString(file);
            Matcher imports = PERSISTENCE_IMPORT.matcher(source);
            while (imports.find()) {
                violations.add(SOURCES.relativize(file) + ": " + imports.group());
            }
            String code = COMMENT_OR_STRING.matcher(source.substring(source.indexOf("\n@") + 1)).replaceAll(" ");
            Matcher uses = entityUse.matcher(code);
            while (uses.find()) {
                violations.add(SOURCES.relativize(file) + " uses the entity " + uses.group(1));
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /** Imports of a framework: the pipeline runs, and is tested, as plain Java. */
    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile(
            "^import (?:static )?(jakarta\\.|io\\.quarkus\\.|io\\.smallrye\\.|org\\.eclipse\\.microprofile\\.)\\S+;",
            Pattern.MULTILINE);

    @Test
    void pipelineIsFreeOfTheDatabaseAndTheFramework() throws IOException {
        Set<String> entities = new TreeSet<>();
        List<Path> pipeline = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher declaration = DECLARATION.matcher(source);
            if (declaration.find() && source.substring(0, declaration.start()).contains("\n@Entity")) {
                entities.add(declaration.group(2));
            }
            if (packageOf(file).equals("pipeline")) {
                pipeline.add(file);
            }
        }
        assertTrue(pipeline.size() > 10, "found the pipeline: " + pipeline);
        Pattern entityUse = Pattern.compile("\\b(" + String.join("|", entities) + ")\\b");
        List<String> violations = new ArrayList<>();
        for (Path file : pipeline) {
            String source = Files.readString(file);
            for (Pattern forbidden : List.of(PERSISTENCE_IMPORT, FRAMEWORK_IMPORT)) {
                Matcher imports = forbidden.matcher(source);
                while (imports.find()) {
                    violations.add(SOURCES.relativize(file) + ": " + imports.group());
                }
            }
            Matcher uses = entityUse.matcher(COMMENT_OR_STRING.matcher(source).replaceAll(" "));
            while (uses.find()) {
                violations.add(SOURCES.relativize(file) + " uses the entity " + uses.group(1));
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /** The packages that assemble HQL from the fragments a {@code *Queries} class hands in (keyset paging, search). */
    private static final Set<String> QUERY_PLUMBING = Set.of("graphql.paging");
    private static final Pattern PANACHE_QUERY = Pattern.compile(
            "\\b[A-Z]\\w*\\.(?:<\\w+>)?(?:find|list|stream|count|delete|update)\\(\"[^\"]*[\\s?:=<>][^\"]*\"");

    @Test
    void hqlOnlyInQueries() throws IOException {
        Set<String> entities = new TreeSet<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher declaration = DECLARATION.matcher(source);
            if (declaration.find() && source.substring(0, declaration.start()).contains("\n@Entity")) {
                entities.add(declaration.group(2));
            }
        }
        assertTrue(entities.size() > 5, "found the entities: " + entities);
        // A string that names an entity after from, join or update is HQL; SQL names tables in snake case.
        Pattern hql = Pattern.compile("\\b(?:from|join|update)\\s+(?:" + String.join("|", entities) + ")\\b(?!\\.)");
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (file.getFileName().toString().endsWith("Queries.java") || QUERY_PLUMBING.contains(packageOf(file))) {
                continue;
            }
            // Comments blanked, strings kept: each string is checked, and so is each Panache call with its query.
            StringBuilder code = new StringBuilder();
            Matcher tokens = COMMENT_OR_STRING.matcher(Files.readString(file));
            while (tokens.find()) {
                boolean string = tokens.group().startsWith("\"");
                if (string && hql.matcher(tokens.group()).find()) {
                    violations.add(SOURCES.relativize(file) + " holds HQL: " + tokens.group());
                }
                tokens.appendReplacement(code, string ? Matcher.quoteReplacement(tokens.group()) : " ");
            }
            tokens.appendTail(code);
            Matcher panache = PANACHE_QUERY.matcher(code);
            while (panache.find()) {
                violations.add(SOURCES.relativize(file) + " holds a Panache query: " + panache.group());
            }
        }
        assertTrue(violations.isEmpty(), () -> "move these into the domain's *Queries class:\n"
                + String.join("\n", violations));
    }

    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern ATLAS_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"atlas\\.");

    /** Each prefix of our settings has one mapping, and no class reads one of them around it. */
    @Test
    void oneConfigMappingPerPrefix() throws IOException {
        Map<String, List<String>> mappings = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher mapping = CONFIG_MAPPING.matcher(source);
            while (mapping.find()) {
                mappings.computeIfAbsent(mapping.group(1), p -> new ArrayList<>()).add(SOURCES.relativize(file).toString());
            }
            if (ATLAS_PROPERTY.matcher(source).find()) {
                violations.add(SOURCES.relativize(file) + " reads an atlas.* setting by hand");
            }
        }
        assertTrue(mappings.size() > 5, "found the mappings: " + mappings);
        mappings.forEach((prefix, files) -> {
            if (files.size() > 1) {
                violations.add(prefix + " is mapped by " + files);
            }
        });
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    /** A class that resolves fields of the read path: a GraphQL API without mutations (writes use entities). */
    private static boolean isResolver(String header, String source) {
        return header.contains("\n@GraphQLApi") && !source.contains("@Mutation");
    }

    /** A GraphQL output type: described at type level, and neither an input nor an enum. */
    private static boolean isReadModel(String header, String kind) {
        return header.contains("\n@Description(") && !header.contains("\n@Input(") && !kind.equals("enum");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** "country" for country/Country.java, "graphql.paging" for graphql/paging/Keyset.java. */
    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
    }
}
