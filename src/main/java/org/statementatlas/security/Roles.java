package org.statementatlas.security;

/** The roles a bearer token can carry. */
public final class Roles {

    /** May call every mutation. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
