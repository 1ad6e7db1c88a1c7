package org.marsad.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenStateTest {

    @TempDir
    Path parent;
    private SeenState seen;

    @BeforeEach
    void open() {
        seen = new SeenState(parent);
    }

    @AfterEach
    void close() {
        seen.close();
    }

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
    void shouldCountEachIdOnceWhenClaimedReleasedAndRestored() {
        seen.claim("a", "h1");
        seen.claim("a", "h2");
        seen.restore("b", "h1");
        seen.restore("b", "h3");
        seen.claim("c", "h1");
        seen.release("c", "h1");
        seen.release("a", "h1");
        assertEquals(2, seen.size());
        seen.restore("a", null);
        seen.restore("missing", null);
        assertEquals(1, seen.size());
    }

    @Test
    void shouldApplyBatchInOrderWhenAnIdRepeatsWithinIt() {
        seen.restore("a", "h1");

        seen.restoreAll(List.of("a", "b", "b", "a", "c", "c"), Arrays.asList(null, "h1", "h2", "h3", "h1", null));

        assertEquals(2, seen.size());
        assertFalse(seen.claim("a", "h3"));
        assertFalse(seen.claim("b", "h2"));
        assertTrue(seen.claim("c", "h1"));
    }

    @Test
    void shouldReportStoreOffHeapAndOnDiskWhenIdsAreHeld() {
        for (int i = 0; i < 10_000; i++) {
            seen.restore("id-" + i, "hash-" + i);
        }

        SeenState.Usage usage = seen.usage();

        assertTrue(usage.offHeapBytes() > 0, usage::toString);
        assertTrue(usage.diskBytes() >= 0, usage::toString);
        assertEquals(10_000, seen.size());
    }

    @Test
    void shouldDeleteItsDirectoryAndRefuseUseWhenClosed() throws IOException {
        seen.claim("a", "h1");

        seen.close();

        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList());
        }
        assertThrows(IllegalStateException.class, () -> seen.claim("a", "h1"));
    }

    @Test
    void shouldDeleteDirectoryOfKilledProcessButNotOfLiveStoreOrForeignWhenAnotherOpens() throws IOException {
        Path stale = Files.createDirectory(parent.resolve(SeenStateDirectory.PREFIX + "killed"));
        Files.writeString(stale.resolve("owner.lock"), "");
        Files.writeString(stale.resolve("data"), "left by a process that was killed");
        Path foreign = Files.createDirectory(parent.resolve(SeenStateDirectory.PREFIX + "not-a-store"));

        try (SeenState second = new SeenState(parent)) {
            assertFalse(Files.exists(stale), "the unlocked directory of a dead process is deleted");
            assertTrue(Files.exists(foreign), "a directory without a lock file is not a store: never deleted");
            assertTrue(second.claim("a", "h1"));
            assertTrue(seen.claim("a", "h1"), "the live store keeps its own directory and state");
            try (Stream<Path> dirs = Files.list(parent)) {
                assertEquals(3, dirs.count());
            }
        }
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
