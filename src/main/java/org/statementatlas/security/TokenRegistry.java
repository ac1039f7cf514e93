package org.statementatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.digest.DigestUtils;
import org.jboss.logging.Logger;
import org.statementatlas.operations.InvalidSettingException;

import io.quarkus.runtime.Startup;

/**
 * The configured bearer tokens, kept as SHA-256 digests. A presented token is hashed and compared with every
 * digest in constant time ({@link MessageDigest#isEqual}), visiting all entries whatever matches, so response
 * times tell an attacker nothing about how close a guess was. Built at start, so that a malformed list stops the
 * start rather than the first request that carries a token. Editor tokens may also come from a file (a mounted
 * Kubernetes Secret), re-read when it changes, so that a token can be revoked without a restart.
 */
@Startup
@ApplicationScoped
public class TokenRegistry {

    private static final Pattern ENTRY = Pattern.compile("([^:\\s]+):([0-9a-fA-F]{64})");
    private static final String FILE_PROPERTY = "atlas.security.editor-tokens-file";
    private static final long FILE_CHECK_INTERVAL = TimeUnit.SECONDS.toNanos(1);
    private static final Logger LOG = Logger.getLogger(TokenRegistry.class);

    /** A configured token: who holds it and what it may do. */
    public record Holder(String name, Set<String> roles) {
    }

    private record Entry(Holder holder, byte[] digest) {
    }

    private final List<Entry> entries;
    private final Optional<Path> file;
    private volatile List<Entry> fromFile = List.of();
    private volatile String fileText;
    private volatile String lastProblem;
    private volatile long nextFileCheck;

    TokenRegistry(SecurityConfig config) {
        List<Entry> parsed = new ArrayList<>();
        parseAll(config.editorTokens(), "atlas.security.editor-tokens", Set.of(Roles.EDITOR), parsed);
        parseAll(config.readerTokens(), "atlas.security.reader-tokens", Set.of(), parsed);
        this.entries = List.copyOf(parsed);
        this.file = config.editorTokensFile();
        file.ifPresent(path -> {
            try {
                fromFile = read(path);
            } catch (IOException e) {
                throw new InvalidSettingException(FILE_PROPERTY + ": cannot read " + path + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        });
        nextFileCheck = System.nanoTime() + FILE_CHECK_INTERVAL;
    }

    /** The holder of a presented token, or empty when no configured digest matches. */
    public Optional<Holder> holderOf(String token) {
        byte[] digest = DigestUtils.sha256(token);
        Holder match = null;
        for (List<Entry> list : List.of(entries, currentFileEntries())) {
            for (Entry entry : list) {
                if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
                    match = entry.holder();
                }
            }
        }
        return Optional.ofNullable(match);
    }

    /**
     * The file's entries, re-read when a token is presented and the last read is over a second old. A file that
     * cannot be read or parsed any more counts as empty until it is fixed: a revocation must never be undone by a
     * typo in the same edit.
     */
    private List<Entry> currentFileEntries() {
        if (file.isEmpty() || System.nanoTime() - nextFileCheck < 0) {
            return fromFile;
        }
        synchronized (this) {
            if (System.nanoTime() - nextFileCheck >= 0) {
                nextFileCheck = System.nanoTime() + FILE_CHECK_INTERVAL;
                try {
                    fromFile = read(file.get());
                    lastProblem = null;
                } catch (IOException | InvalidSettingException e) {
                    fromFile = List.of();
                    String problem = e instanceof IOException
                            ? "cannot read " + file.get() + " (" + e.getClass().getSimpleName() + ")"
                            : e.getMessage();
                    if (!problem.equals(lastProblem)) {
                        LOG.errorf("%s: no token from it is accepted until it is fixed: %s", FILE_PROPERTY, problem);
                    }
                    lastProblem = problem;
                }
            }
        }
        return fromFile;
    }

    /** Parses the file when its text changed; entries are separated by commas or lines, # starts a comment. */
    private List<Entry> read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.equals(fileText)) {
            return fromFile;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            for (String item : content.split(",")) {
                if (!item.isBlank()) {
                    lines.add(item);
                }
            }
        }
        fileText = text;
        List<Entry> parsed = new ArrayList<>();
        parseAll(Optional.of(lines), FILE_PROPERTY, Set.of(Roles.EDITOR), parsed);
        LOG.infof("Editor tokens read from %s: %d entries", path, parsed.size());
        return List.copyOf(parsed);
    }

    /**
     * A malformed entry stops the start: a typo must not silently lock editors out, or let anyone in. The message
     * gives the entry's position, never its text, which may be a token pasted by mistake.
     */
    private static void parseAll(Optional<List<String>> list, String property, Set<String> roles, List<Entry> into) {
        List<String> entries = list.orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            var matcher = ENTRY.matcher(entries.get(i).trim());
            if (!matcher.matches()) {
                throw new InvalidSettingException(property + " is malformed: entry " + (i + 1) + " of "
                        + entries.size() + " is not name:sha256hex (a name, a colon and the 64 hex digits of the"
                        + " token's SHA-256, as printed by: printf %s \"$TOKEN\" | sha256sum)");
            }
            into.add(new Entry(new Holder(matcher.group(1), roles), HexFormat.of().parseHex(matcher.group(2))));
        }
    }
}
