package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train-ner}'s failures are one line naming what is wrong; training itself is tested in enrich. */
class TrainNerCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldExitWithUsageErrorWhenOutIsMissing() {
        assertEquals(2, Marsad.run("train-ner"));
    }

    @Test
    void shouldNameCorpusFileWhenCorporaDirectoryIsEmpty() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Marsad.run("train-ner", "--corpora", dir.toString(), "--out", dir.resolve("out").toString(),
                    "--lang", "ar"));
        } finally {
            System.setErr(original);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ar-anercorp-train.conll"), err::toString);
    }
}
