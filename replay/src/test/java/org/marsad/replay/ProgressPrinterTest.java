package org.marsad.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marsad.model.Json;

class ProgressPrinterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void shouldShowDoneTotalRateAndEtaWhenDrawingBar() {
        String bar = ProgressPrinter.bar(new ReplayProgress(ReplayProgress.REPLAY, 500, 2000, Duration.ofSeconds(5)));

        assertTrue(bar.contains("500/2000"), bar);
        assertTrue(bar.contains("100/s"), bar);
        assertTrue(bar.contains("ETA 0:00:15"), bar);
    }

    @Test
    void shouldRedrawInPlaceWhenOnTerminal() {
        ProgressPrinter printer = new ProgressPrinter(out, ProgressPrinter.Mode.TERMINAL);

        printer.progress(new ReplayProgress(ReplayProgress.REPLAY, 1, 4, Duration.ofSeconds(1)));
        printer.progress(new ReplayProgress(ReplayProgress.REPLAY, 2, 4, Duration.ofSeconds(2)));

        String text = text();
        assertEquals(2, text.chars().filter(c -> c == '\r').count());
        assertTrue(text.indexOf('\n') < 0, "no new line within a phase");
    }

    @Test
    void shouldPrintOneLinePerIntervalWhenNotOnTerminal() {
        ProgressPrinter printer = new ProgressPrinter(out, ProgressPrinter.Mode.LINES);

        for (int done = 0; done < 10; done++) {
            printer.progress(new ReplayProgress(ReplayProgress.REPLAY, done, 100, Duration.ofSeconds(done)));
        }

        assertEquals(1, text().lines().count(), "the first update only, the next is due in 5 s");
    }

    @Test
    void shouldPrintMachineReadableSummaryWhenJson() throws Exception {
        ProgressPrinter printer = new ProgressPrinter(out, ProgressPrinter.Mode.JSON);

        printer.progress(new ReplayProgress(ReplayProgress.SINK, 3, 4, Duration.ofSeconds(1)));
        printer.finished(new ReplaySummary("marsad-replay-1", 40, 38, 2, Duration.ofSeconds(4), "0.1.0+abcd"));

        var lines = text().lines().map(line -> {
            try {
                return Json.MAPPER.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
        assertEquals("sink", lines.get(0).get("phase").asText());
        assertEquals(3, lines.get(0).get("done").asLong());
        assertEquals("done", lines.get(1).get("phase").asText());
        assertEquals(38, lines.get(1).get("articles").asLong());
        assertEquals(10, lines.get(1).get("ratePerSecond").asLong());
        assertEquals("0.1.0+abcd", lines.get(1).get("enricherVersion").asText());
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
