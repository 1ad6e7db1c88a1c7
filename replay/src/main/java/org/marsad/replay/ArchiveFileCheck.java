package org.marsad.replay;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass of an import: reads a whole archive file as a stream (one line in memory at a time, each
 * capped) and lists every problem with the file and line, so nothing of a bad file is written.
 *
 * @param file the archive file
 * @param records non-blank lines read
 * @param takedowns tombstone lines among them
 * @param problems the first {@value #PROBLEMS_KEPT} problems, each naming the file and line
 * @param problemCount every problem found
 */
record ArchiveFileCheck(Path file, long records, long takedowns, List<String> problems, long problemCount) {

    static final int PROBLEMS_KEPT = 20;

    ArchiveFileCheck {
        problems = List.copyOf(problems);
    }

    boolean clean() {
        return problemCount == 0;
    }

    /** Checks {@code file} line by line; a truncated or unreadable file is a problem too. */
    static ArchiveFileCheck run(Path file, ArchiveRecordCheck check, int maxLineBytes) {
        List<String> problems = new ArrayList<>();
        long count = 0;
        long records = 0;
        long takedowns = 0;
        long lastLine = 0;
        try (ArchiveLineReader reader = ArchiveLineReader.open(file, maxLineBytes)) {
            ArchiveLineReader.Line line;
            while ((line = reader.next()) != null) {
                lastLine = line.number();
                String where = file + " line " + line.number() + " ";
                ArchiveRecord record = null;
                String problem;
                try {
                    record = read(line, file.toString(), maxLineBytes);
                    problem = record == null ? null : check.problem(record).map(where::concat).orElse(null);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    count++;
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(problem);
                    }
                } else if (record != null) {
                    records++;
                    takedowns += record.value() == null ? 1 : 0;
                }
            }
        } catch (IOException e) {
            count++;
            problems.add(e instanceof NoSuchFileException ? file + " does not exist"
                    : file + " cannot be read after line " + lastLine + " (truncated or corrupt?): " + e.getMessage());
        }
        return new ArchiveFileCheck(file, records, takedowns, problems, count);
    }

    /** The record a line holds, null for a blank line; fails naming the file and line. */
    static ArchiveRecord read(ArchiveLineReader.Line line, String source, int maxLineBytes) {
        String where = source + " line " + line.number();
        if (line.tooLong()) {
            throw new IllegalArgumentException(where + " is " + line.length() + " bytes long, over the limit of "
                    + maxLineBytes + " bytes per line");
        }
        if (line.text() == null) {
            throw new IllegalArgumentException(where + " is not valid UTF-8");
        }
        return line.text().isBlank() ? null : ArchiveLines.read(line.text(), source, line.number());
    }
}
