package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.fixtures.TestArticles;

/** The first pass of an import: every crafted or damaged line is named with its file and line. */
class ArchiveFileCheckTest {

    private static final int MAX_LINE = 256 * 1024;
    private static final ArchiveRecordCheck STRICT = new ArchiveRecordCheck(64 * 1024, false);
    private static final ArchiveRecordCheck TAKEDOWNS = new ArchiveRecordCheck(64 * 1024, true);

    @TempDir
    Path dir;

    @Test
    void shouldCountRecordsWhenEveryLineIsValid() throws IOException {
        Path file = gzip("clean.jsonl.gz", List.of(line("a-1", 0), "", line("a-2", 1)));

        ArchiveFileCheck check = ArchiveFileCheck.run(file, STRICT, MAX_LINE);

        assertTrue(check.clean(), check.problems()::toString);
        assertEquals(2, check.records());
    }

    @Test
    void shouldNameFileAndLineWhenLineIsNotJson() throws IOException {
        assertOnlyProblem(List.of(line("a-1", 0), line("a-2", 1), "{\"key\": \"a-3\", "), STRICT,
                " line 3 is not JSON");
    }

    @Test
    void shouldNameFileAndLineWhenKeyDiffersFromId() throws IOException {
        String forged = ArchiveLines.write(new ArchiveRecord("someone-else", 1L,
                TestArticles.json(TestArticles.article("a-1", 0)), List.of()), 0, 0);

        assertOnlyProblem(List.of(line("a-0", 2), forged), STRICT,
                " line 2 key someone-else does not match the value's id a-1");
    }

    @Test
    void shouldNameFileAndLineWhenBase64IsBad() throws IOException {
        assertOnlyProblem(List.of("{\"key\":\"a-1\",\"timestamp\":5,\"valueBase64\":\"@@not base64@@\"}"), STRICT,
                " line 1: valueBase64 is not base64");
    }

    @Test
    void shouldNameFileAndLineWhenValueIsNotAnArticle() throws IOException {
        assertOnlyProblem(List.of("{\"key\":\"a-1\",\"timestamp\":5,\"value\":\"{\\\"title\\\": 7, \\\"id\\\": []}\"}"),
                STRICT, " line 1 value is not a raw article");
    }

    @Test
    void shouldNameFileAndLineWhenLineIsOverLong() throws IOException {
        // 64 MB of one line compress to about 64 KB: the check must not hold the line to find that it is too long.
        Path file = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((line("a-1", 0) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
        }

        ArchiveFileCheck check = ArchiveFileCheck.run(file, STRICT, MAX_LINE);

        assertEquals(List.of(file + " line 2 is " + 64 * 1024 * 1024 + " bytes long, over the limit of " + MAX_LINE
                + " bytes per line"), check.problems());
    }

    @Test
    void shouldNameFileAndLineWhenHeaderIsForgedControlHeader() throws IOException {
        String forged = ArchiveLines.write(new ArchiveRecord("a-1", 1L, TestArticles.json(TestArticles.article("a-1", 0)),
                List.of(new ArchiveRecord.Header(Takedowns.TAKEDOWN_HEADER, new byte[] {'x'}))), 0, 0);

        assertOnlyProblem(List.of(forged), TAKEDOWNS, " line 1 carries control header marsad.takedown");
    }

    @Test
    void shouldRefuseTakedownWhenNotAllowed() throws IOException {
        String takedown = ArchiveLines.write(new ArchiveRecord("a-1", 1L, null,
                List.of(new ArchiveRecord.Header(Takedowns.TAKEDOWN_HEADER, new byte[] {'x'}))), 0, 0);

        assertOnlyProblem(List.of(takedown), STRICT, " line 1 carries control header marsad.takedown");
        ArchiveFileCheck allowed = ArchiveFileCheck.run(gzip("ok.jsonl.gz", List.of(takedown)), TAKEDOWNS, MAX_LINE);
        assertTrue(allowed.clean(), allowed.problems()::toString);
        assertEquals(1, allowed.takedowns());
    }

    @Test
    void shouldRefuseBareTombstoneWhenTakedownsNotAllowed() throws IOException {
        assertOnlyProblem(List.of("{\"key\":\"a-1\",\"timestamp\":5,\"value\":null}"), STRICT,
                " line 1 is a takedown of a-1; pass --allow-takedowns");
    }

    @Test
    void shouldNameFileWhenGzipIsTruncated() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(line("t-" + i, i));
        }
        Path whole = gzip("whole.jsonl.gz", lines);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        ArchiveFileCheck check = ArchiveFileCheck.run(cut, STRICT, MAX_LINE);

        assertEquals(1, check.problemCount());
        assertTrue(check.problems().get(0).startsWith(cut + " cannot be read after line "), check.problems()::toString);
    }

    @Test
    void shouldSayFileDoesNotExistWhenItIsMissing() {
        Path missing = dir.resolve("missing.jsonl.gz");

        assertEquals(List.of(missing + " does not exist"), ArchiveFileCheck.run(missing, STRICT, MAX_LINE).problems());
    }

    @Test
    void shouldKeepFirstProblemsAndCountAllWhenManyLinesAreBad() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add("not json " + i);
        }

        ArchiveFileCheck check = ArchiveFileCheck.run(gzip("junk.jsonl.gz", lines), STRICT, MAX_LINE);

        assertEquals(50, check.problemCount());
        assertEquals(ArchiveFileCheck.PROBLEMS_KEPT, check.problems().size());
    }

    private void assertOnlyProblem(List<String> lines, ArchiveRecordCheck rules, String expected) throws IOException {
        Path file = gzip("bad.jsonl.gz", lines);

        ArchiveFileCheck check = ArchiveFileCheck.run(file, rules, MAX_LINE);

        assertEquals(1, check.problemCount(), check.problems()::toString);
        assertTrue(check.problems().get(0).startsWith(file + expected), check.problems().get(0));
    }

    static String line(String id, int variant) {
        return ArchiveLines.write(new ArchiveRecord(id, 1000L + variant, TestArticles.json(TestArticles.article(id,
                variant)), List.of()), 0, variant);
    }

    private Path gzip(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
