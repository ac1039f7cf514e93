package org.statementatlas.changelog;

/**
 * An entity that mutations edit through {@link Edits}: it has a global id, which the change log records, and a
 * {@code @Version} counter, which clients send back as {@code expectedVersion}.
 */
public interface Editable {

    /** The object's opaque global id. */
    String getGlobalId();

    /** The version as loaded, or as the last flush left it. */
    int version();
}
