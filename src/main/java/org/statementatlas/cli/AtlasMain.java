package org.statementatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.statementatlas.operations.StartupFailure;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the packaged application. Without arguments it runs the service; with {@code --help} it lists
 * the commands; otherwise it runs the one command whose {@link Form} accepts the arguments, and exits. A command runs
 * on a started Quarkus without its HTTP listener, so it never clashes with the service's port.
 * <p>
 * The database is an H2 file that one process opens at a time (H2's file lock); H2's AUTO_SERVER mode would let a second
 * process in, but it opens a TCP port on every network interface for as long as the service runs, so this application
 * does not use it. A direct import or export while the service runs therefore fails fast with a message saying what to
 * do instead.
 */
@QuarkusMain
public class AtlasMain implements QuarkusApplication {

    /** Every command, in the order the help text lists them. */
    static final List<Form> FORMS = List.of(ImportCommand.FORM, RemoteImportCommand.FORM, ExportCommand.FORM,
            RestoreCommand.FORM);

    private static final Logger LOG = Logger.getLogger(AtlasMain.class);

    /** The command being run, or null when serving. */
    private static Form command;

    private final Instance<Command> commands;

    AtlasMain(@Any Instance<Command> commands) {
        this.commands = commands;
    }

    public static void main(String... args) {
        if (args.length == 1 && List.of("--help", "-h", "help").contains(args[0])) {
            help(System.out);
            return;
        }
        if (args.length > 0) {
            Optional<Form> form = select(List.of(args));
            if (form.isEmpty()) {
                help(System.err);
                System.exit(2);
                return;
            }
            command = form.get();
            System.setProperty("quarkus.http.host-enabled", "false");
            command.startup().apply(List.of(args)).forEach(System::setProperty);
        }
        Quarkus.run(AtlasMain.class, AtlasMain::exit, args);
    }

    static Optional<Form> select(List<String> arguments) {
        return FORMS.stream().filter(f -> f.name().equals(arguments.get(0)) && f.accepts().test(arguments)).findFirst();
    }

    /** The help text: how to run the service and each command, with the settings each reads. */
    static String helpText() {
        StringBuilder text = new StringBuilder("Usage: java -jar quarkus-run.jar [COMMAND]\n\n")
                .append("Without a command, runs the service. Commands:\n");
        for (Form form : FORMS) {
            text.append("\n  ").append(form.usage()).append("\n      ").append(form.description()).append('\n');
            if (!form.settings().isEmpty()) {
                text.append("      Reads: ").append(String.join(", ", form.settings())).append('\n');
            }
        }
        return text.append("\n  --help\n      Prints this text.\n\nEvery setting is an environment variable (as above) or")
                .append(" a system property (-Datlas.data-dir=...).\n").toString();
    }

    private static void help(PrintStream out) {
        out.print(helpText());
    }

    @Override
    public int run(String... args) {
        if (command == null) {
            Quarkus.waitForExit();
            return 0;
        }
        for (Command candidate : commands) {
            if (candidate.form() == command) {
                try {
                    return candidate.run(List.of(args));
                } catch (RuntimeException e) {
                    // Quarkus would exit 1 without a word: say which command failed and why.
                    LOG.errorf(e, "%s failed: %s", command.name(), e);
                    return 1;
                }
            }
        }
        throw new IllegalStateException("no bean runs the command " + command.usage());
    }

    /**
     * Quarkus logs nothing when a custom handler is set, so a failure to start is logged here: one line saying what
     * went wrong and what to do, with the failure after it.
     */
    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            if (command != null && command.whenDatabaseInUse() != null && StartupFailure.isDatabaseInUse(failure)) {
                LOG.error(command.whenDatabaseInUse(), failure);
            } else {
                LOG.error(StartupFailure.explain(failure), failure);
            }
            if (code == 0) {
                code = 1;
            }
        }
        System.exit(code);
    }
}
