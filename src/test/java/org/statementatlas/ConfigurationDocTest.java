package org.statementatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;

/**
 * docs/configuration.md lists every setting of the service's own ({@code atlas.*}), and only those. The keys in the code
 * are what SmallRye Config derives from each {@code @ConfigMapping} interface (found by scanning the sources, so a
 * mapping moved or merged into another is still found), plus the names of {@code @ConfigProperty} injections; the keys
 * in the doc are those in the first column of its tables. The check is on key names only: where a setting is declared
 * may change without the doc changing.
 */
class ConfigurationDocTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path DOC = Path.of("docs", "configuration.md");
    private static final String OWN = "atlas.";
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    /** A table row whose first cell is a key in backquotes. */
    private static final Pattern DOC_ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyKeyOfTheCodeIsDocumentedAndEveryDocumentedKeyExists() throws Exception {
        SortedSet<String> code = keysInCode();
        SortedSet<String> doc = keysInDoc();
        assertFalse(code.isEmpty(), "no @ConfigMapping found under " + SOURCES);

        SortedSet<String> undocumented = new TreeSet<>(code);
        undocumented.removeAll(doc);
        SortedSet<String> unknown = new TreeSet<>(doc);
        unknown.removeAll(code);
        assertEquals(Set.of(), undocumented, "settings of the code missing from " + DOC);
        assertEquals(Set.of(), unknown, "settings in " + DOC + " that no @ConfigMapping or @ConfigProperty declares");
    }

    /** Every atlas.* key the sources declare. */
    static SortedSet<String> keysInCode() throws IOException, ClassNotFoundException {
        SortedSet<String> keys = new TreeSet<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            if (source.contains("@" + ConfigMapping.class.getSimpleName() + "(")) {
                for (Class<?> type : withNested(Class.forName(className(file), false, loader()))) {
                    ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                    if (mapping != null) {
                        keys.addAll(ConfigMappings.getProperties(new ConfigClass(type, mapping.prefix())).keySet());
                    }
                }
            }
            Matcher property = CONFIG_PROPERTY.matcher(source);
            while (property.find()) {
                keys.add(property.group(1));
            }
        }
        // A list's elements also have indexed names (atlas.cors.editor-origins[0]); the list's own name is the key.
        keys.removeIf(key -> !key.startsWith(OWN) || key.endsWith("[*]"));
        return keys;
    }

    static SortedSet<String> keysInDoc() throws IOException {
        SortedSet<String> keys = new TreeSet<>();
        Matcher row = DOC_ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            keys.add(row.group(1));
        }
        keys.removeIf(key -> !key.startsWith(OWN));
        return keys;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".java")).toList());
        }
    }

    private static String className(Path file) {
        String relative = SOURCES.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), ".");
    }

    /** The class and the classes declared in it, at any depth. */
    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> nested : type.getDeclaredClasses()) {
            all.addAll(withNested(nested));
        }
        return all;
    }

    private static ClassLoader loader() {
        return ConfigurationDocTest.class.getClassLoader();
    }
}
