package org.statementatlas.graphql.paging;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * A validated request for one page: its size, its direction, and the cursors that bound it. Pages are
 * bounded so that one request can never ask for an unbounded amount of work.
 *
 * @param size number of items wanted
 * @param backward true for {@code last}: the items just before {@code before} (or the end of the list)
 * @param after only items after this cursor, or null
 * @param before only items before this cursor, or null
 */
public record PageRequest(int size, boolean backward, Cursor after, Cursor before) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** A forward page: {@code first} items after {@code after}. */
    public static PageRequest of(Integer first, String after, String ordering) {
        return of(first, after, null, null, ordering);
    }

    /** Validates Relay paging arguments and decodes the cursors for the given ordering. */
    public static PageRequest of(Integer first, String after, Integer last, String before, String ordering) {
        if (first != null && last != null) {
            throw new BadUserInputException("Give 'first' or 'last', not both.", "last");
        }
        boolean backward = last != null;
        int size = backward ? checkSize(last, "last") : first == null ? DEFAULT_SIZE : checkSize(first, "first");
        return new PageRequest(size, backward,
                after == null ? null : Cursor.decode(after, ordering, "after"),
                before == null ? null : Cursor.decode(before, ordering, "before"));
    }

    private static int checkSize(int size, String argument) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException("Argument '" + argument + "' must be between 1 and " + MAX_SIZE + ", got "
                    + size + ".", argument);
        }
        return size;
    }
}
