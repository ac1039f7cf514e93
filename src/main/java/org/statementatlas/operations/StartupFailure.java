package org.statementatlas.operations;

import java.net.BindException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;

import io.quarkus.runtime.QuarkusBindException;
import io.smallrye.config.ConfigValidationException;

/**
 * Says in one line why the service could not start and what the operator can do about it. Quarkus logs nothing
 * itself when the application has its own exit handler, so {@code AtlasMain} logs this line with the failure.
 */
public final class StartupFailure {

    private static final Pattern JDBC_SCHEME = Pattern.compile("jdbc:[a-z0-9]+");

    private StartupFailure() {
    }

    /** The line to log at ERROR for a failure to start: what went wrong, then what to do. */
    public static String explain(Throwable failure) {
        return diagnose(failure, StartupFailure::port)
                .or(() -> diagnose(failure, StartupFailure::configuration))
                .or(() -> diagnose(failure, StartupFailure::setting))
                .or(() -> diagnose(failure, StartupFailure::database))
                .or(() -> diagnose(failure, StartupFailure::databaseKind))
                .or(() -> diagnose(failure, StartupFailure::connection))
                .or(() -> diagnose(failure, StartupFailure::migration))
                .orElseGet(() -> "Cannot start: " + describe(rootCause(failure))
                        + ". This failure has no known remedy; the cause follows.");
    }

    /** True when the failure is H2 refusing a database file that another process holds open. */
    public static boolean isDatabaseInUse(Throwable failure) {
        return diagnose(failure, t -> t instanceof SQLException e && e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                ? Optional.of("")
                : Optional.<String>empty()).isPresent();
    }

    /** The first diagnosis one of the failure's causes gets, outermost first. */
    private static Optional<String> diagnose(Throwable failure, Function<Throwable, Optional<String>> rule) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> diagnosis = rule.apply(t);
            if (diagnosis.isPresent()) {
                return diagnosis;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> port(Throwable t) {
        if (t instanceof QuarkusBindException bind) {
            return Optional.of("Cannot start: HTTP port " + bind.getPort() + " is already in use by another process."
                    + " Stop that process, or give this service another port with QUARKUS_HTTP_PORT"
                    + " (-Dquarkus.http.port).");
        }
        if (t instanceof BindException) {
            return Optional.of("Cannot start: the HTTP port is already in use by another process (" + t.getMessage()
                    + "). Stop that process, or give this service another port with QUARKUS_HTTP_PORT.");
        }
        return Optional.empty();
    }

    private static Optional<String> configuration(Throwable t) {
        Set<String> problems = new LinkedHashSet<>();
        if (t instanceof ConfigValidationException invalid) {
            for (int i = 0; i < invalid.getProblemCount(); i++) {
                problems.add(invalid.getProblem(i).getMessage());
            }
        } else if (String.valueOf(t.getMessage()).startsWith("SRCFG")) {
            problems.add(t.getMessage());
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Cannot start: the configuration is invalid: " + String.join("; ", problems)
                + ". Correct or remove these settings (-D options, environment variables, application.properties);"
                + " docs/configuration.md lists every atlas.* setting.");
    }

    private static Optional<String> setting(Throwable t) {
        return t instanceof InvalidSettingException invalid
                ? Optional.of("Cannot start: " + invalid.getMessage() + ". Correct the setting and start again.")
                : Optional.empty();
    }

    private static Optional<String> database(Throwable t) {
        if (!(t instanceof SQLException e)) {
            return Optional.empty();
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> Optional.of("Cannot start: the database file is locked by"
                    + " another process (another instance of the service, or an import). Stop that process, or give"
                    + " this instance its own data directory (ATLAS_DATA_DIR).");
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                Optional.of("Cannot start: the database file is corrupt or not an H2 database of this version ("
                        + firstLine(e.getMessage()) + "). Restore the last backup into the data directory"
                        + " (ATLAS_DATA_DIR), or move the file aside to start on an empty database.");
            default -> Optional.empty();
        };
    }

    /**
     * A JDBC URL for a database kind the build does not include: the kind is fixed at build time (the default jar
     * and the native executable are H2; PostgreSQL is the {@code -Ppostgresql} jar, which has no native build).
     */
    private static Optional<String> databaseKind(Throwable t) {
        String message = String.valueOf(t.getMessage());
        if (!(t instanceof SQLException) || !message.startsWith("Driver does not support the provided URL")) {
            return Optional.empty();
        }
        // Only the URL's scheme is repeated: the rest may hold a password.
        Matcher scheme = JDBC_SCHEME.matcher(message);
        return Optional.of("Cannot start: this build has no driver for "
                + (scheme.find() ? scheme.group() + " URLs" : "the database URL") + ". The database kind is"
                + " fixed when the service is built: the default jar and the native executable take jdbc:h2:"
                + " URLs (or ATLAS_DATA_DIR); PostgreSQL needs the PostgreSQL jar (./mvnw package"
                + " -Ppostgresql), which is not built as a native executable.");
    }

    /**
     * No connection within the pool's acquisition timeout. On an H2 file that another process holds, H2's refusal
     * does not always reach the exception: the pool keeps retrying until its timeout.
     */
    private static Optional<String> connection(Throwable t) {
        return t instanceof SQLException && String.valueOf(t.getMessage()).startsWith("Acquisition timeout")
                ? Optional.of("Cannot start: no database connection could be opened in time. Most often another"
                        + " process holds the database file (another instance of the service, or an import): stop it,"
                        + " or give this instance its own data directory (ATLAS_DATA_DIR). Otherwise check"
                        + " QUARKUS_DATASOURCE_JDBC_URL.")
                : Optional.empty();
    }

    private static Optional<String> migration(Throwable t) {
        return t instanceof FlywayException
                ? Optional.of("Cannot start: the database schema could not be migrated (" + firstLine(t.getMessage())
                        + "). Run the version of the service that created this database, or restore a backup made"
                        + " by this version; the flyway_schema_history table shows what was applied.")
                : Optional.empty();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + firstLine(t.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
