package org.marsad.ingest.file;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the importable files under a directory, in name order, without letting one bad entry stop the walk:
 * an entry that cannot be read (a subdirectory without permission, a link loop) becomes a problem entry
 * naming it, and the walk goes on with its siblings. Symbolic links are not followed out of the directory
 * unless {@code followLinks}: a link to a file inside it is imported under the link's name, a link leading
 * outside is a problem entry.
 */
final class DirectoryWalk extends SimpleFileVisitor<Path> {

    /** One file to import, or (with {@code problem} set) an entry that could not be walked or was refused. */
    record Entry(Path path, String problem, Exception cause) {
    }

    private final Path root;
    private final Path realRoot;
    private final boolean followLinks;
    private final List<Entry> entries = new ArrayList<>();

    DirectoryWalk(Path root, boolean followLinks) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.followLinks = followLinks;
    }

    /** Walks {@code root}; the entries come back sorted by path, problems in their place. */
    static List<Entry> of(Path root, boolean followLinks) throws IOException {
        DirectoryWalk walk = new DirectoryWalk(root, followLinks);
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(root, options, Integer.MAX_VALUE, walk);
        return walk.entries();
    }

    List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path));
        return sorted;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            visitLink(file);
        } else if (attributes.isRegularFile() && InputFormat.of(file) != null) {
            entries.add(new Entry(file, null, null));
        }
        return FileVisitResult.CONTINUE;
    }

    /**
     * Without FOLLOW_LINKS a link arrives here unresolved. A link to an importable file inside the root is
     * imported under its own name; a link to a directory inside is skipped (the walk reaches its files by
     * their own path); a link out of the root that would have been read is refused, naming it.
     */
    private void visitLink(Path link) {
        try {
            Path target = link.toRealPath();
            boolean wouldRead = Files.isDirectory(target) || InputFormat.of(link) != null;
            if (!target.startsWith(realRoot)) {
                if (wouldRead) {
                    entries.add(new Entry(link, "symbolic link out of " + root
                            + ", not followed (--follow-links follows it)", null));
                }
            } else if (Files.isRegularFile(target) && InputFormat.of(link) != null) {
                entries.add(new Entry(link, null, null));
            }
        } catch (IOException e) {
            if (InputFormat.of(link) != null) {
                entries.add(new Entry(link, "cannot resolve symbolic link: " + e, e));
            }
        }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        // An unreadable subdirectory or a link loop: reported by name, its siblings still imported.
        entries.add(new Entry(file, "cannot read: " + e, e));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            entries.add(new Entry(dir, "cannot list the whole directory: " + e, e));
        }
        return FileVisitResult.CONTINUE;
    }
}
