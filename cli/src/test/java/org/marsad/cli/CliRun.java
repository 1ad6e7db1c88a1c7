package org.marsad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One in-process {@code marsad} run with its stdout and stderr captured, for the CLI's broker tests.
 *
 * @param code the exit code
 */
record CliRun(int code, String out, String err) {

    /** Log lines start with the time; everything else on stderr is the command's own output. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*");

    /** Runs {@code marsad args...} in this JVM. */
    static CliRun marsad(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Marsad.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    /** Stderr without the log lines of the stages running in this JVM. */
    List<String> errLines() {
        return err.lines().filter(line -> !LOG_LINE.matcher(line).matches()).toList();
    }

    @Override
    public String toString() {
        return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
