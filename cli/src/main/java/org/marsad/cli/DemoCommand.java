package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.marsad.ingest.IngestCounts;
import org.marsad.model.Json;
import org.marsad.model.Topics;
import org.marsad.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad demo}: the whole pipeline on bundled sample articles (written by us), on an embedded broker
 * in a temporary directory; prints each index document and a summary, then cleans up.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on bundled sample articles with an embedded broker and print the index.")
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLES = "demo/";
    /** Sent a second time to show that the same article twice is one record. */
    private static final String RESENT = "ai-bid.txt";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Map<String, Object> STREAMS = Map.of("commit.interval.ms", 100);
    /** Example searches shown at the end: a name written with clitics in the text, a word, an amount filter. */
    private static final List<Example> SEARCHES = List.of(
            new Example("'أوبن إيه آي'", Map.of("q", "أوبن إيه آي")),
            new Example("'التضخم'", Map.of("q", "التضخم")),
            new Example("--currency SAR --min 1e9", Map.of("currency", "SAR", "minAmount", "1e9")));

    private record Example(String arguments, Map<String, String> params) {
    }

    @ParentCommand
    Marsad marsad;

    @Override
    public Integer call() throws IOException {
        EmbeddedBrokerCheck.require("demo");
        long started = System.nanoTime();
        Path dir = Files.createTempDirectory("marsad-demo");
        try {
            // The demo always runs its own broker: a configured cluster is not touched.
            System.out.println("Starting an embedded Kafka broker and the pipeline in " + dir + " ...");
            try (LocalPipeline pipeline = LocalPipeline.start(marsad.kafka.config(), dir, true, 0, STREAMS)) {
                System.out.println("While the demo runs: " + pipeline.serveOperations());
                IngestCounts counts = ingestSamples(pipeline, copySamples(dir.resolve("samples")));
                int documents = printIndex(pipeline, counts, started);
                printSearches(pipeline, documents);
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private static IngestCounts ingestSamples(LocalPipeline pipeline, List<Path> samples) {
        for (Path sample : samples) {
            pipeline.ingest().importPath(sample);
        }
        samples.stream().filter(p -> p.getFileName().toString().equals(RESENT)).forEach(pipeline.ingest()::importPath);
        return pipeline.ingest().counts();
    }

    /** A few searches over the demo's index, so a new user sees what {@code marsad search} answers. */
    private static void printSearches(LocalPipeline pipeline, int documents) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pipeline.search().search().search(SearchRequest.fromParameters(Map.of())).total() < documents) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the search index did not reach " + documents + " documents in "
                        + WAIT);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        for (Example example : SEARCHES) {
            System.out.println();
            System.out.println("$ marsad search " + example.arguments());
            Map<String, String> params = new LinkedHashMap<>(example.params());
            params.put("size", "3");
            System.out.print(SearchCommand.render(pipeline.search().search().search(
                    SearchRequest.fromParameters(params))));
        }
    }

    private static int printIndex(LocalPipeline pipeline, IngestCounts counts, long started) throws IOException {
        TopicReader reader = new TopicReader(pipeline.cluster());
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        reader.readUntil(Topics.INDEX, records -> {
            records.forEach(record -> documents.put(record.key(), readJson(record.value())));
            return documents.size() >= counts.written();
        }, WAIT);
        System.out.println();
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            System.out.println(document.getKey());
            System.out.print(DocumentView.render(document.getValue()));
            System.out.println();
        }
        int enriched = reader.readAll(Topics.ENRICHED, WAIT).size();
        int deadLetters = reader.readAll(Topics.DLQ, WAIT).size();
        System.out.printf("Summary: %d articles ingested (%d duplicates skipped, %d rejected), %d enriched, "
                + "%d dead-lettered, %d distinct documents in %s, %.1f s%n", counts.written(), counts.unchanged(),
                counts.rejected(), enriched, deadLetters, documents.size(), Topics.INDEX,
                (System.nanoTime() - started) / 1e9);
        return documents.size();
    }

    private static List<Path> copySamples(Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> copies = new ArrayList<>();
        for (String name : resource("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            Path copy = target.resolve(name);
            Files.writeString(copy, resource(name), StandardCharsets.UTF_8);
            copies.add(copy);
        }
        return copies;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled sample " + SAMPLES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode readJson(byte[] value) {
        try {
            return Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
