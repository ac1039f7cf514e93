package org.statementatlas.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The explorer's module graph, read from the sources: no module imports one that imports it back (counting the
 * dynamic imports of pages), so every module can be read and loaded on its own; and the router, which every page
 * uses, imports nothing, so that it holds no page and importing it does nothing.
 */
class ExplorerModulesTest {

    private static final Path APP = Path.of("src", "main", "resources", "explorer", "app");
    /** A static import, a re-export or a dynamic import of another module of the app. */
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bfrom\\s+|\\bimport\\s*\\(\\s*|^import\\s+)'\\./([\\w-]+\\.js)'",
            Pattern.MULTILINE);

    private static Map<String, TreeSet<String>> graph() throws IOException {
        Map<String, TreeSet<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.list(APP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                TreeSet<String> targets = new TreeSet<>();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    targets.add(m.group(1));
                }
                imports.put(file.getFileName().toString(), targets);
            }
        }
        return imports;
    }

    @Test
    void noModuleImportsItselfThroughOthers() throws IOException {
        Map<String, TreeSet<String>> imports = graph();
        assertTrue(imports.get("main.js").contains("router.js"), "the graph is read: " + imports);
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            List<String> path = cycleFrom(start, start, imports, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(String.join(" → ", path));
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theRouterImportsNothing() throws IOException {
        assertEquals(new TreeSet<>(), graph().get("router.js"));
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, TreeSet<String>> looped = Map.of("a.js", new TreeSet<>(List.of("b.js")), "b.js",
                new TreeSet<>(List.of("c.js")), "c.js", new TreeSet<>(List.of("a.js")));
        assertEquals(List.of("a.js", "b.js", "c.js", "a.js"),
                cycleFrom("a.js", "a.js", looped, new ArrayList<>(List.of("a.js")), new TreeSet<>()));
    }

    /** A path from a module back to start, or null; depth-first over modules not yet visited. */
    private static List<String> cycleFrom(String start, String at, Map<String, TreeSet<String>> imports, List<String> path,
            TreeSet<String> visited) {
        for (String next : imports.getOrDefault(at, new TreeSet<>())) {
            if (next.equals(start)) {
                path.add(next);
                return path;
            }
            if (visited.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, imports, path, visited);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
