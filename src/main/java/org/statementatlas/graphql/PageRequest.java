package org.statementatlas.graphql;

/** A validated request for one page: how many items, and after which cursor. */
public record PageRequest(int first, Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * Validates {@code first} and decodes {@code after} for the given ordering. Pages are bounded so that
     * one request can never ask for an unbounded amount of work.
     */
    public static PageRequest of(Integer first, String after, String ordering) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException(
                    "Argument 'first' must be between 1 and " + MAX_SIZE + ", got " + size + ".", "first");
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after, ordering, "after"));
    }
}
