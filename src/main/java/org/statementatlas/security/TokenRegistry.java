package org.statementatlas.security;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * The configured bearer tokens, kept as SHA-256 digests. A presented token is hashed and compared with every
 * digest in constant time ({@link MessageDigest#isEqual}), visiting all entries whatever matches, so response
 * times tell an attacker nothing about how close a guess was.
 */
@ApplicationScoped
public class TokenRegistry {

    private static final Pattern ENTRY = Pattern.compile("([^:\\s]+):([0-9a-fA-F]{64})");

    /** A configured token: who holds it and what it may do. */
    public record Holder(String name, Set<String> roles) {
    }

    private record Entry(Holder holder, byte[] digest) {
    }

    private final List<Entry> entries;

    TokenRegistry(SecurityConfig config) {
        List<Entry> parsed = new ArrayList<>();
        config.editorTokens().orElse(List.of())
                .forEach(e -> parsed.add(parse(e, "atlas.security.editor-tokens", Set.of(Roles.EDITOR))));
        config.readerTokens().orElse(List.of())
                .forEach(e -> parsed.add(parse(e, "atlas.security.reader-tokens", Set.of())));
        this.entries = List.copyOf(parsed);
    }

    /** The holder of a presented token, or empty when no configured digest matches. */
    public Optional<Holder> holderOf(String token) {
        byte[] digest = DigestUtils.sha256(token);
        Holder match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
                match = entry.holder();
            }
        }
        return Optional.ofNullable(match);
    }

    /** A malformed entry stops the start: a typo must not silently lock editors out, or let anyone in. */
    private static Entry parse(String entry, String property, Set<String> roles) {
        var matcher = ENTRY.matcher(entry.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(property + ": each entry must be name:sha256hex (64 hex digits); got '"
                    + (entry.contains(":") ? entry.substring(0, entry.indexOf(':')) + ":..." : "...") + "'");
        }
        return new Entry(new Holder(matcher.group(1), roles), HexFormat.of().parseHex(matcher.group(2)));
    }
}
