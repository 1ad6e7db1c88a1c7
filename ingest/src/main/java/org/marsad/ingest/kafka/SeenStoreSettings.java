package org.marsad.ingest.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.MemoryUsageType;
import org.rocksdb.MemoryUtil;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteOptions;

/**
 * The RocksDB settings of the seen-state store. Native memory is bounded by two memtables of
 * {@value #WRITE_BUFFER_BYTES} bytes and a block cache of {@value #CACHE_BYTES} bytes that also holds the index
 * and Bloom filter blocks (a claim of a new id is mostly a filter miss). The store is a cache of its topic,
 * rebuilt at every start, so writes skip the write-ahead log: a crash loses nothing the topic does not hold.
 */
final class SeenStoreSettings implements AutoCloseable {

    static final long WRITE_BUFFER_BYTES = 32L * 1024 * 1024;
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    static {
        RocksDB.loadLibrary();
    }

    private final Cache cache = new LRUCache(CACHE_BYTES);
    private final Options options = new Options().setCreateIfMissing(true)
            .setCompressionType(CompressionType.LZ4_COMPRESSION)
            .setWriteBufferSize(WRITE_BUFFER_BYTES).setMaxWriteBufferNumber(2)
            .setTableFormatConfig(new BlockBasedTableConfig().setBlockCache(cache)
                    .setFilterPolicy(new BloomFilter(10)).setCacheIndexAndFilterBlocks(true)
                    .setPinL0FilterAndIndexBlocksInCache(true));
    private final WriteOptions writes = new WriteOptions().setDisableWAL(true);

    Options options() {
        return options;
    }

    WriteOptions writes() {
        return writes;
    }

    /** Native memory of {@code db}'s memtables, table readers and block cache now. */
    long offHeapBytes(RocksDB db) {
        Map<MemoryUsageType, Long> memory = MemoryUtil.getApproximateMemoryUsageByType(List.of(db), Set.of(cache));
        return memory.getOrDefault(MemoryUsageType.kMemTableTotal, 0L)
                + memory.getOrDefault(MemoryUsageType.kTableReadersTotal, 0L)
                + memory.getOrDefault(MemoryUsageType.kCacheTotal, 0L);
    }

    @Override
    public void close() {
        writes.close();
        options.close();
        cache.close();
    }
}
