package org.marsad.ingest.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The directory of one process's seen-state store: a new {@value #PREFIX}* directory under a parent, locked for
 * as long as the store is open and deleted when it closes. The store is a cache of the seen-state topic, rebuilt
 * at every start, so nothing in an old directory is worth keeping: directories left by a killed process (their
 * lock is free) are deleted when the next one starts, so crashes do not fill the disk. Only directories with the
 * prefix and a lock file are ever deleted, since the parent may be a shared temporary directory.
 */
final class SeenStateDirectory implements AutoCloseable {

    static final String PREFIX = "marsad-seen-store-";
    private static final String LOCK_FILE = "owner.lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private SeenStateDirectory(Path path, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates and locks a fresh directory under {@code parent}, deleting stale ones beside it first. */
    static SeenStateDirectory create(Path parent) {
        try {
            Files.createDirectories(parent);
            deleteStale(parent);
            Path path = Files.createTempDirectory(parent, PREFIX);
            FileChannel channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            return new SeenStateDirectory(path, channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the seen-state directory under " + parent + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where the store keeps its files. */
    Path store() {
        return path.resolve("db");
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
            delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the seen-state directory " + path + ": " + e.getMessage(), e);
        }
    }

    private static void deleteStale(Path parent) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && unlocked(dir)) {
                    delete(dir);
                }
            }
        }
    }

    private static boolean unlocked(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            // Not a store directory (or one being created this instant): never ours to delete.
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock probe = channel.tryLock()) {
            return probe != null;
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM (another ingest in the same process, as in tests): in use.
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
