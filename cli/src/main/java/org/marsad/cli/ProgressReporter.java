package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.marsad.ingest.ImportProgress;

/**
 * The progress line of a long command ({@code ingest PATH}, {@code archive export|import}, #17): once a second on
 * stderr, rewritten in place ({@code \r}) when stderr is a terminal, or one JSON object a line with
 * {@code --json}; nothing otherwise, so scripts and logs see only the final summary. A last line is printed on
 * close.
 */
final class ProgressReporter implements AutoCloseable {

    private final String command;
    private final String unit;
    private final Supplier<ImportProgress.Snapshot> counts;
    private final PrintStream err;
    private final boolean json;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;

    private ProgressReporter(String command, String unit, Supplier<ImportProgress.Snapshot> counts, PrintStream err,
            boolean json, boolean enabled) {
        this.command = command;
        this.unit = unit;
        this.counts = counts;
        this.err = err;
        this.json = json;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marsad-progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts reporting on {@code System.err} when {@code json} or when the process has a terminal (Java 17 can
     * only tell that stdin and stdout are one; the usual case when stderr is).
     */
    static ProgressReporter start(String command, String unit, Supplier<ImportProgress.Snapshot> counts, boolean json) {
        return start(command, unit, counts, System.err, json, System.console() != null);
    }

    /** As above, on {@code err}, with {@code terminal} saying whether it is one. */
    static ProgressReporter start(String command, String unit, Supplier<ImportProgress.Snapshot> counts,
            PrintStream err, boolean json, boolean terminal) {
        return new ProgressReporter(command, unit, counts, err, json, json || terminal);
    }

    /** One line for {@code s} after {@code seconds}: human text, or a JSON object when {@code json}. */
    static String format(String command, String unit, ImportProgress.Snapshot s, double seconds, boolean json) {
        double rate = seconds > 0 ? s.records() / seconds : 0;
        if (json) {
            return String.format(Locale.ROOT, "{\"progress\":\"%s\",\"files\":%d,\"lines\":%d,\"%s\":%d,\"rejected\":%d,"
                    + "\"perSecond\":%.1f,\"elapsedSeconds\":%.1f}", command, s.files(), s.lines(), unit, s.records(),
                    s.rejected(), rate, seconds);
        }
        return String.format(Locale.ROOT, "marsad %s: %,d files, %,d lines, %,d %s, %,d rejected, %,.0f %s/s", command,
                s.files(), s.lines(), s.records(), unit, s.rejected(), rate, unit);
    }

    private synchronized void print() {
        String line = format(command, unit, counts.get(), (System.nanoTime() - startNanos) / 1e9, json);
        // A terminal line is rewritten in place; padding clears what a longer previous line left.
        err.print(json ? line + System.lineSeparator() : "\r" + line + "   ");
        err.flush();
    }

    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        print();
        if (!json) {
            err.println();
        }
    }
}
