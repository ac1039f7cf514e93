package org.statementatlas.cli;

import java.util.List;

/**
 * A command of the packaged jar other than serving ({@code java -jar quarkus-run.jar NAME ARGUMENTS}). Its
 * {@link Form} says how it is written and what it needs before Quarkus starts; {@link #run} does the work once
 * Quarkus has started, with the beans it injects. {@link AtlasMain} lists every form, and {@code --help} prints them.
 */
interface Command {

    /** How this command is written; the same object as in {@link AtlasMain}'s list. */
    Form form();

    /** Runs the command with all program arguments (its name first); returns the process exit code. */
    int run(List<String> arguments);
}
