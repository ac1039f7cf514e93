package org.statementatlas.operations;

import java.util.List;

/**
 * A command of the packaged jar other than serving ({@code java -jar quarkus-run.jar NAME ARGUMENTS}), run by the
 * main class once Quarkus has started. Commands are CDI beans of the package that owns what they do, so the main
 * class finds them without importing that package.
 */
public interface AtlasCommand {

    /** The first program argument, which selects this command. */
    String name();

    /** Runs the command with the arguments after its name; returns the process exit code. */
    int run(List<String> arguments);
}
