package org.marsad.enrich.text.quantity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one UTF-8 TSV table: the bundled resource, then the same file name from the user directory, whose
 * rows come later and so override bundled rows with the same key.
 *
 * <p>Lines starting with {@code #} and blank lines are comments; the first other line is the header and
 * fixes the column count. A line with another count fails with the file, line number and reason.
 */
final class TsvTable {

    static final String RESOURCE_DIR = "/org/marsad/enrich/text/quantity/";

    /** One data line, with where it came from so that a bad value can be reported. */
    record Row(String file, int line, String[] cells) {

        String cell(int index) {
            return cells[index];
        }

        IllegalArgumentException fail(String reason) {
            return new IllegalArgumentException(file + ":" + line + ": " + reason);
        }
    }

    private TsvTable() {
    }

    static List<Row> read(String name, Path userDir, MessageDigest digest) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TsvTable.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled table " + RESOURCE_DIR + name);
            }
            parse(name, in.readAllBytes(), rows, digest);
            if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
                Path user = userDir.resolve(name);
                parse(user.toString(), Files.readAllBytes(user), rows, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + name, e);
        }
        return rows;
    }

    private static void parse(String file, byte[] bytes, List<Row> rows, MessageDigest digest) throws IOException {
        digest.update(bytes);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        int columns = -1;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns < 0) {
                columns = cells.length;
                continue;
            }
            Row row = new Row(file, lineNo, cells);
            if (cells.length != columns) {
                throw row.fail("expected " + columns + " tab-separated columns as in the header, got " + cells.length);
            }
            for (int k = 0; k < cells.length; k++) {
                cells[k] = cells[k].strip();
                if (cells[k].isEmpty()) {
                    throw row.fail("column " + (k + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        if (columns < 0) {
            throw new IllegalArgumentException(file + ": no header line");
        }
    }
}
