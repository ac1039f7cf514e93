package org.statementatlas.graphql.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * A keyset cursor: the ordering it was made for, the sort value and the id of the item it points at.
 * It is tied to its ordering because a position in one order means nothing in another.
 */
public record Cursor(String ordering, String value, long id) {

    private static final int MAX_LENGTH = 2_000;

    public String encode() {
        String raw = ordering + "\n" + id + "\n" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, String expectedOrdering, String argument) {
        Cursor cursor;
        try {
            if (encoded.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong shape");
            }
            cursor = new Cursor(parts[0], parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("Argument '" + argument + "' is not a valid cursor.", argument);
        }
        if (!cursor.ordering().equals(expectedOrdering)) {
            throw new BadUserInputException("Argument '" + argument + "' is a cursor for another ordering ("
                    + cursor.ordering() + "); request the first page again.", argument);
        }
        return cursor;
    }
}
