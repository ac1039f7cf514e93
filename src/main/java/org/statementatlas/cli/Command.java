package org.statementatlas.cli;

import java.util.List;

/**
 * A command of the packaged jar other than serving ({@code java -jar quarkus-run.jar NAME ARGUMENTS}). Its
 * {@link Form} says how it is written and what it needs before Quarkus starts; {@link #run} does the work once
 * Quarkus has started, with the beans it injects (a {@code @Singleton}: no client proxy, so no constructor without
 * arguments). {@link AtlasMain} lists every form, and {@code --help} prints them.
 */
abstract class Command {

    private final Form form;

    Command(Form form) {
        this.form = form;
    }

    /** How this command is written; the same object as in {@link AtlasMain}'s list. */
    final Form form() {
        return form;
    }

    /** Runs the command with all program arguments (its name first); returns the process exit code. */
    abstract int run(List<String> arguments);
}
