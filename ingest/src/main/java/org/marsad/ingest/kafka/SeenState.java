package org.marsad.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * Which article versions were already written: article id to content hash. An article is written when its
 * id is new or its hash differs, so re-polled feeds and re-imported files add nothing and a changed article
 * becomes a new version under the same id. Persisted in the compacted {@link SeenStateTopic} and read back
 * at start.
 *
 * <p>The map lives in RocksDB ({@link SeenStoreSettings}), off the Java heap and mostly on disk, so ten million
 * ids cost little heap (see docs/BENCHMARKS.md). The store is a cache of the topic, rebuilt at every start in a
 * fresh {@link SeenStateDirectory}. Close it to free its native memory.
 */
public final class SeenState implements AutoCloseable {

    // Claims of one id are serialised by its stripe; different ids rarely share one.
    private static final int STRIPES = 1024;

    /**
     * The store's resource use.
     *
     * @param offHeapBytes native memory of memtables, table readers and the block cache
     * @param diskBytes size of the store's files on disk
     */
    public record Usage(long offHeapBytes, long diskBytes) {
    }

    private final SeenStateDirectory directory;
    private final SeenStoreSettings settings = new SeenStoreSettings();
    private final WriteOptions writeOptions = settings.writes();
    private final RocksDB db;
    private final Object[] stripes = new Object[STRIPES];
    private final AtomicInteger size = new AtomicInteger();
    // Read-locked by every operation, write-locked by close: a late callback must never touch a freed store.
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;

    /** An empty store in a fresh directory under {@code parent}. */
    public SeenState(Path parent) {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        this.directory = SeenStateDirectory.create(parent);
        try {
            this.db = RocksDB.open(settings.options(), directory.store().toString());
        } catch (RocksDBException e) {
            settings.close();
            directory.close();
            throw new IllegalStateException("Cannot open the seen-state store in " + directory.store() + ": "
                    + e.getMessage(), e);
        }
    }

    /** An empty store in a fresh directory under {@code java.io.tmpdir}. */
    public SeenState() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Claims the write of {@code id} with {@code hash}: true when it is new or changed (and now recorded), false
     * when that exact version was seen. Atomic, so two pushes of one article race to a single write.
     */
    public boolean claim(String id, String hash) {
        return locked(id, key -> {
            byte[] old = db.get(key);
            if (old != null && hash.equals(new String(old, StandardCharsets.UTF_8))) {
                return false;
            }
            db.put(writeOptions, key, bytes(hash));
            if (old == null) {
                size.incrementAndGet();
            }
            return true;
        });
    }

    /** Undoes a claim whose write failed, unless a later claim replaced it; a retry will then write again. */
    public void release(String id, String hash) {
        locked(id, key -> {
            byte[] old = db.get(key);
            if (old != null && hash.equals(new String(old, StandardCharsets.UTF_8))) {
                remove(key);
            }
            return null;
        });
    }

    /** Records a version read back from the topic; a null hash (tombstone) forgets the id. */
    public void restore(String id, String hash) {
        locked(id, key -> {
            boolean present = db.get(key) != null;
            if (hash == null) {
                if (present) {
                    remove(key);
                }
            } else {
                db.put(writeOptions, key, bytes(hash));
                if (!present) {
                    size.incrementAndGet();
                }
            }
            return null;
        });
    }

    /**
     * Records versions read back from the topic, in order, in one write: the initial load's fast path. Takes no
     * claim locks, so it is only for a state not yet shared with writers.
     */
    void restoreAll(List<String> ids, List<String> hashes) {
        whileOpen(() -> {
            List<byte[]> keys = ids.stream().map(SeenState::bytes).toList();
            List<byte[]> stored = db.multiGetAsList(keys);
            // An id may repeat within one batch (the topic is not compacted yet): track it as the batch goes.
            Map<String, Boolean> present = new HashMap<>();
            try (WriteBatch batch = new WriteBatch()) {
                for (int i = 0; i < keys.size(); i++) {
                    boolean was = present.getOrDefault(ids.get(i), stored.get(i) != null);
                    String hash = hashes.get(i);
                    if (hash == null && was) {
                        batch.delete(keys.get(i));
                        size.decrementAndGet();
                    } else if (hash != null) {
                        batch.put(keys.get(i), bytes(hash));
                        size.addAndGet(was ? 0 : 1);
                    }
                    present.put(ids.get(i), hash != null);
                }
                db.write(writeOptions, batch);
            }
            return null;
        });
    }

    public int size() {
        return size.get();
    }

    /** What the store holds off the heap and on disk now. */
    public Usage usage() {
        return whileOpen(() -> new Usage(settings.offHeapBytes(db),
                db.getLongProperty("rocksdb.total-sst-files-size")));
    }

    @Override
    public void close() {
        open.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            db.close();
            settings.close();
            directory.close();
        } finally {
            open.writeLock().unlock();
        }
    }

    private void remove(byte[] key) throws RocksDBException {
        db.delete(writeOptions, key);
        size.decrementAndGet();
    }

    private interface StoreCall<T> {
        T apply(byte[] key) throws RocksDBException;
    }

    private interface StoreWork<T> {
        T run() throws RocksDBException;
    }

    private <T> T locked(String id, StoreCall<T> call) {
        return whileOpen(() -> {
            synchronized (stripes[Math.floorMod(id.hashCode(), STRIPES)]) {
                return call.apply(bytes(id));
            }
        });
    }

    private <T> T whileOpen(StoreWork<T> work) {
        open.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("Seen-state store " + directory.store() + " is closed");
            }
            return work.run();
        } catch (RocksDBException e) {
            throw new IllegalStateException("Seen-state store " + directory.store() + " failed: " + e.getMessage(), e);
        } finally {
            open.readLock().unlock();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
