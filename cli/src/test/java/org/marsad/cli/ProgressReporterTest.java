package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ImportProgress;
import org.marsad.model.Json;

/** #17: the progress line of ingest and archive export/import. */
class ProgressReporterTest {

    private static final ImportProgress.Snapshot COUNTS = new ImportProgress.Snapshot(12, 34_567, 30_000, 12);

    @Test
    void shouldShowFilesLinesArticlesRejectsAndRateWhenHuman() {
        assertEquals("marsad ingest: 12 files, 34,567 lines, 30,000 articles, 12 rejected, 2,500 articles/s",
                ProgressReporter.format("ingest", "articles", COUNTS, 12.0, false));
    }

    @Test
    void shouldWriteOneJsonObjectWhenJson() throws Exception {
        JsonNode line = Json.MAPPER.readTree(ProgressReporter.format("archive import", "records", COUNTS, 12.0, true));
        assertEquals("archive import", line.get("progress").asText());
        assertEquals(30_000, line.get("records").asLong());
        assertEquals(2500.0, line.get("perSecond").asDouble());
        assertEquals(12, line.get("rejected").asLong());
    }

    @Test
    void shouldPrintNothingWhenNeitherTerminalNorJsonAndAFinalLineOtherwise() throws Exception {
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ProgressReporter.start("ingest", "articles", () -> COUNTS, new PrintStream(quiet, true, UTF_8), false, false)
                .close();
        assertEquals("", quiet.toString(UTF_8));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ProgressReporter.start("ingest", "articles", () -> COUNTS, new PrintStream(json, true, UTF_8), true, false)
                .close();
        assertEquals(30_000, Json.MAPPER.readTree(json.toString(UTF_8).strip()).get("articles").asLong());
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressReporter.start("ingest", "articles", () -> COUNTS, new PrintStream(terminal, true, UTF_8), false, true)
                .close();
        assertTrue(terminal.toString(UTF_8).startsWith("\rmarsad ingest: 12 files"), terminal.toString(UTF_8));
    }
}
