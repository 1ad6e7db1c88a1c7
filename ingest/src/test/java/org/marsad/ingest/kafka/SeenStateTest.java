package org.marsad.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SeenStateTest {

    private final SeenState seen = new SeenState();

    @Test
    void shouldClaimNewAndChangedVersionsButNotRepeatsWhenOffered() {
        assertTrue(seen.claim("a", "h1"));
        assertFalse(seen.claim("a", "h1"));
        assertTrue(seen.claim("a", "h2"));
        assertEquals(1, seen.size());
    }

    @Test
    void shouldAllowRetryWhenAFailedWriteIsReleased() {
        seen.claim("a", "h1");
        seen.release("a", "h1");
        assertTrue(seen.claim("a", "h1"));
    }

    @Test
    void shouldKeepLaterClaimWhenAnEarlierOneIsReleased() {
        seen.claim("a", "h1");
        seen.claim("a", "h2");
        seen.release("a", "h1");
        assertFalse(seen.claim("a", "h2"));
    }

    @Test
    void shouldForgetIdWhenTombstoneIsRestored() {
        seen.restore("a", "h1");
        assertFalse(seen.claim("a", "h1"));
        seen.restore("a", null);
        assertTrue(seen.claim("a", "h1"));
    }

    @Test
    void shouldLetExactlyOneWriterWinWhenTheSameVersionRaces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                claims.add(pool.submit(() -> seen.claim("same", "hash")));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }
}
