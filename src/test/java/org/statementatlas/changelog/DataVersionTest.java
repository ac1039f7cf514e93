package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The data version while a replica cannot follow the writes of the others: every read is a new version (nothing
 * cached is reused), and following again starts a version newer than any before.
 */
class DataVersionTest {

    @Test
    void anUntrackedVersionNeverRepeatsAndTrackingAgainMovesOn() {
        DataVersion version = new DataVersion();
        long start = version.current();
        assertEquals(start, version.current(), "a tracked version holds until something changes");

        version.untracked();
        long first = version.current();
        long second = version.current();
        assertNotEquals(first, second, "while untracked, no two reads share a version");

        version.tracked();
        long again = version.current();
        assertTrue(again > second, "tracking again starts a new version");
        assertEquals(again, version.current());
        assertEquals(again + 1, version.advance());
    }
}
