package org.marsad.ingest.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which article versions were already written: article id to content hash. An article is written when its
 * id is new or its hash differs, so re-polled feeds and re-imported files add nothing and a changed article
 * becomes a new version under the same id. Kept in memory, persisted in the compacted
 * {@link SeenStateTopic} and read back at start.
 */
public final class SeenState {

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /**
     * Claims the write of {@code id} with {@code hash}: true when it is new or changed (and now recorded), false
     * when that exact version was seen. Atomic, so two pushes of one article race to a single write.
     */
    public boolean claim(String id, String hash) {
        String[] previous = new String[1];
        hashes.compute(id, (key, old) -> {
            previous[0] = old;
            return hash;
        });
        return !hash.equals(previous[0]);
    }

    /** Undoes a claim whose write failed, unless a later claim replaced it; a retry will then write again. */
    public void release(String id, String hash) {
        hashes.remove(id, hash);
    }

    /** Records a version read back from the topic; a null hash (tombstone) forgets the id. */
    public void restore(String id, String hash) {
        if (hash == null) {
            hashes.remove(id);
        } else {
            hashes.put(id, hash);
        }
    }

    public int size() {
        return hashes.size();
    }
}
