package org.marsad.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.marsad.model.Json;

/**
 * Prints a replay's progress: a bar redrawn in place on a terminal, one line every few seconds when the
 * output is a file or a pipe (a log full of carriage returns is unreadable), or JSON lines for scripts.
 */
public final class ProgressPrinter implements ProgressListener {

    /** How progress is shown. */
    public enum Mode { TERMINAL, LINES, JSON }

    static final Duration LINE_INTERVAL = Duration.ofSeconds(5);
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final Mode mode;
    private long lastLineNanos;
    private String lastPhase = "";

    public ProgressPrinter(PrintStream out, Mode mode) {
        this.out = out;
        this.mode = mode;
    }

    /** The mode for this process: JSON when asked, a bar on a console, lines otherwise. */
    public static Mode modeFor(boolean json) {
        return json ? Mode.JSON : System.console() != null ? Mode.TERMINAL : Mode.LINES;
    }

    @Override
    public synchronized void progress(ReplayProgress progress) {
        boolean newPhase = !progress.phase().equals(lastPhase);
        if (newPhase && mode == Mode.TERMINAL && !lastPhase.isEmpty()) {
            out.println();
        }
        lastPhase = progress.phase();
        switch (mode) {
            case TERMINAL -> out.print("\r" + bar(progress));
            case JSON -> out.println(json(progress));
            case LINES -> {
                long now = System.nanoTime();
                if (newPhase || progress.fraction() >= 1 || now - lastLineNanos >= LINE_INTERVAL.toNanos()) {
                    out.println(bar(progress).strip());
                    lastLineNanos = now;
                }
            }
        }
        out.flush();
    }

    @Override
    public synchronized void finished(ReplaySummary summary) {
        if (mode == Mode.TERMINAL) {
            out.println();
        }
        out.println(mode == Mode.JSON ? json(summary) : text(summary));
        out.flush();
    }

    static String bar(ReplayProgress p) {
        int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
        Duration eta = p.eta();
        return String.format(Locale.ROOT, "%-6s [%s%s] %d/%d  %.0f/s  ETA %s ", p.phase(), "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), p.done(), p.total(), p.rate(), eta == null ? "--" : clock(eta));
    }

    static String text(ReplaySummary s) {
        return String.format(Locale.ROOT, "replayed %d articles (%d takedowns, %d raw records read) in %s, %.0f "
                + "records/s, enricherVersion %s", s.articles(), s.takedowns(), s.rawRecords(), clock(s.elapsed()),
                s.rate(), s.enricherVersion());
    }

    private static String json(ReplayProgress p) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("phase", p.phase());
        node.put("done", p.done());
        node.put("total", p.total());
        node.put("ratePerSecond", Math.round(p.rate()));
        Duration eta = p.eta();
        node.put("etaSeconds", eta == null ? null : eta.toSeconds());
        return node.toString();
    }

    private static String json(ReplaySummary s) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("phase", "done");
        node.put("applicationId", s.applicationId());
        node.put("articles", s.articles());
        node.put("takedowns", s.takedowns());
        node.put("rawRecords", s.rawRecords());
        node.put("elapsedMs", s.elapsed().toMillis());
        node.put("ratePerSecond", Math.round(s.rate()));
        node.put("enricherVersion", s.enricherVersion());
        return node.toString();
    }

    private static String clock(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
