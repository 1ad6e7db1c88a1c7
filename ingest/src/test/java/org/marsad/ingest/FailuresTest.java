package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void shouldKeepStackOverflowInItsUnitOfWorkWhenItIsCaught() {
        assertFalse(Failures.isFatal(new StackOverflowError()));
        assertFalse(Failures.isFatal(new IllegalStateException("one bad feed")));
        assertFalse(Failures.isFatal(new NoClassDefFoundError("x")));
    }

    @Test
    void shouldEndTheProcessWhenTheJvmItselfFailed() {
        assertTrue(Failures.isFatal(new OutOfMemoryError("Java heap space")));
        assertTrue(Failures.isFatal(new InternalError("broken")));
    }
}
