package org.statementatlas.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves by hand. */
class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void burstUpToTheLimitThenOneRequestPerRefill() {
        TokenBucket bucket = new TokenBucket(3, 3 * SECOND, 0);
        assertEquals(new TokenBucket.Outcome(true, 2, 1, 0), bucket.take(0));
        assertEquals(new TokenBucket.Outcome(true, 1, 2, 0), bucket.take(0));
        assertEquals(new TokenBucket.Outcome(true, 0, 3, 1), bucket.take(0));
        TokenBucket.Outcome refused = bucket.take(SECOND / 2);
        assertFalse(refused.allowed());
        assertEquals(1, refused.secondsUntilNext(), "half a token is there, the rest comes within a second");
        assertTrue(bucket.take(SECOND).allowed());
        assertFalse(bucket.take(SECOND).allowed());
    }

    @Test
    void refillsToTheLimitAndNoFurther() {
        TokenBucket bucket = new TokenBucket(2, 60 * SECOND, 0);
        bucket.take(0);
        bucket.take(0);
        assertEquals(new TokenBucket.Outcome(true, 2, 0, 0), bucket.peek(3600 * SECOND));
        assertEquals(1, bucket.take(3600 * SECOND).remaining());
    }

    @Test
    void peekTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, SECOND, 0);
        bucket.peek(0);
        bucket.peek(0);
        assertTrue(bucket.take(0).allowed());
        assertFalse(bucket.peek(0).allowed() && bucket.take(0).allowed());
    }

    @Test
    void aClockGoingBackwardsGivesNothing() {
        TokenBucket bucket = new TokenBucket(1, SECOND, 10 * SECOND);
        assertTrue(bucket.take(10 * SECOND).allowed());
        assertFalse(bucket.take(5 * SECOND).allowed());
    }
}
