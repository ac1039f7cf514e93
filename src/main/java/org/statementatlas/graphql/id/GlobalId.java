package org.statementatlas.graphql.id;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Opaque global ids: base64url of "Type:databaseId". Opaque so that clients never build them by hand
 * and the storage key can change without breaking them.
 */
public final class GlobalId {

    private GlobalId() {
    }

    /** A decoded id: the GraphQL type name and the database key. */
    public record Decoded(String type, long key) {
    }

    public static String encode(String type, Long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes an id; empty when it is not one of ours. */
    public static Optional<Decoded> decode(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Decoded(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The database key of an id meant for a typed lookup. A malformed or foreign id is empty (the object
     * does not exist); an id of another of our types is a client mistake.
     */
    public static Optional<Long> keyOf(String id, String expectedType, String argument) {
        Optional<Decoded> decoded = decode(id);
        if (decoded.isPresent() && !decoded.get().type().equals(expectedType)) {
            throw new BadUserInputException(
                    "Argument '" + argument + "' is the id of a " + decoded.get().type() + ", not of a " + expectedType + ".",
                    argument);
        }
        return decoded.map(Decoded::key);
    }
}
