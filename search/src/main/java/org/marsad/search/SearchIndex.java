package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.IndexDocument;
import org.marsad.search.analysis.SearchAnalyzers;

/**
 * The local Lucene index: one document per article id, plus, in each commit's user data, the analyser version
 * and the next Kafka offset of each index-topic partition applied. A commit therefore says exactly which
 * records it holds, so a restart resumes from it, and an index written by another analyser version is
 * recreated empty (the feeder then reads the compacted topic from the start).
 */
public final class SearchIndex implements AutoCloseable {

    static final String ANALYZER_VERSION_KEY = "marsad.analyzer.version";
    static final String OFFSET_KEY_PREFIX = "marsad.offset.";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentBuilder builder = new DocumentBuilder();
    private final Map<Integer, Long> applied = new HashMap<>();
    private final boolean rebuilt;

    private SearchIndex(Directory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.rebuilt = rebuilt;
        this.searchers = new SearcherManager(writer, null);
        writer.getLiveCommitData().forEach(e -> {
            if (e.getKey().startsWith(OFFSET_KEY_PREFIX)) {
                applied.put(Integer.parseInt(e.getKey().substring(OFFSET_KEY_PREFIX.length())),
                        Long.parseLong(e.getValue()));
            }
        });
    }

    /** Opens the index under {@code dir}, creating it when missing and recreating it on an analyser change. */
    public static SearchIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            boolean current = DirectoryReader.indexExists(directory)
                    && SearchAnalyzers.VERSION.equals(storedAnalyzerVersion(directory));
            IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.indexAnalyzer(SearchFields.ENGLISH_FIELDS));
            config.setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
            return new SearchIndex(directory, new IndexWriter(directory, config), !current);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Searchers over the latest commit under {@code dir} without taking the write lock, so {@code marsad search}
     * can read while a search stage writes; fails naming the directory when there is no index.
     */
    public static SearcherManager readOnly(Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IllegalArgumentException("no search index in " + dir
                        + " (run marsad up or marsad search-service first)");
            }
            return new SearcherManager(directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String storedAnalyzerVersion(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().get(ANALYZER_VERSION_KEY);
        }
    }

    /** True when this open created the index from nothing (missing, or built by another analyser version). */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** The next offset to read per partition, as of the last commit (empty for a new index). */
    public Map<Integer, Long> appliedOffsets() {
        return Map.copyOf(applied);
    }

    /**
     * Replaces the document of {@code id}, or deletes it when {@code doc} is null (a takedown).
     *
     * @throws IllegalArgumentException when Lucene refuses the document (a term over its length limit, say); the
     *     index is unchanged and the offset not yet counted as applied
     */
    public void apply(String id, IndexDocument doc, int partition, long offset) throws IOException {
        Term term = new Term(SearchFields.ID, id);
        if (doc == null) {
            writer.deleteDocuments(term);
        } else {
            writer.updateDocument(term, builder.build(doc));
        }
        applied.put(partition, offset + 1);
    }

    /** Counts a record as applied without indexing it: one the feeder dead-lettered. */
    public void skip(int partition, long offset) {
        applied.put(partition, offset + 1);
    }

    /** Makes everything applied durable together with the offsets, then visible to searches. */
    public void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(ANALYZER_VERSION_KEY, SearchAnalyzers.VERSION);
        applied.forEach((p, o) -> data.put(OFFSET_KEY_PREFIX + p, Long.toString(o)));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The searchers over the latest commit; acquire and release around each search. */
    public SearcherManager searchers() {
        return searchers;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
