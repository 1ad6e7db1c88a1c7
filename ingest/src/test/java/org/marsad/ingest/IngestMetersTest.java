package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.file.FileImporter;

/** The file-import meters read the import's progress: files read, records rejected, no file name as a tag. */
class IngestMetersTest {

    @Test
    void shouldCountFilesReadAndRecordsRejectedWhenATreeIsImported() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ImportProgress progress = new ImportProgress();
        IngestMeters.bindFiles(registry, progress);
        List<Rejection> rejections = new CopyOnWriteArrayList<>();
        FileImporter importer = new FileImporter(
                new ArticleIntake(new ArticleFinisher(Clock.systemUTC(), 4096), new CollectingSink(), rejections::add),
                new FeedParser(100, 256), IngestConfig.from(MarsadConfig.parse(Map.of("marsad.article.max.bytes", "4096",
                        "marsad.feeds.max.bytes", "100000"))), progress);

        IngestCounts counts = importer.importPath(Path.of(getClass().getResource("/files/tree").toURI()), false);

        assertEquals(3, counts.rejected(), String.valueOf(rejections));
        assertEquals(FILES_IN_TREE, registry.get(IngestMeters.FILES).functionCounter().count());
        assertEquals(3, registry.get(IngestMeters.FILE_REJECTIONS).functionCounter().count());
        assertEquals(List.of(), registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream()).toList());
    }

    /** The files under src/test/resources/files/tree that an import reads: all but notes.md, of no known format. */
    private static final int FILES_IN_TREE = 6;
}
