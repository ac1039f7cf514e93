package org.statementatlas.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a command is written and what it needs before Quarkus starts: its name and arguments, what it does, the
 * settings it reads (for {@code --help}), and the properties it fixes for its run.
 *
 * @param name the first program argument
 * @param arguments the arguments after the name, as the help text shows them
 * @param description what the command does, for the help text
 * @param settings the settings it reads, as environment variables, for the help text
 * @param accepts whether all program arguments (the name first) are a use of this command
 * @param startup system properties set before Quarkus starts, from all program arguments
 * @param whenDatabaseInUse what to say when Quarkus cannot start because another process holds the database; null to
 *        say what any other start failure says
 */
record Form(String name, String arguments, String description, List<String> settings,
        Predicate<List<String>> accepts, Function<List<String>, Map<String, String>> startup, String whenDatabaseInUse) {

    /**
     * The properties of a command whose database is someone else's (the running service's, or the one being restored):
     * this process runs on a throwaway in-memory one, which the bundled dataset need not fill.
     */
    static Map<String, String> throwawayDatabase(String name) {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:atlas-" + name + ";DB_CLOSE_DELAY=-1",
                "atlas.dataset.load-on-start", "false");
    }

    /** The line of the help text for this command. */
    String usage() {
        return name + " " + arguments;
    }
}
