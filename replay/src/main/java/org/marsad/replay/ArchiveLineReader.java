package org.marsad.replay;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.file.ByteLines;

/**
 * Reads an archive file (gzip, detected by content, or plain) line by line with ingest's {@link ByteLines},
 * which caps the bytes kept per line, so a small gzip that inflates to one gigabyte-long line costs at most the
 * cap in memory: such a line is reported as too long, with its full length.
 */
final class ArchiveLineReader implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param text the line decoded as UTF-8, without its end of line; null when too long or not UTF-8
     * @param length the line's full length in bytes
     * @param tooLong whether it was longer than the cap (then {@code text} is null)
     */
    record Line(long number, String text, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final ByteLines lines;
    private long number;

    private ArchiveLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.lines = new ByteLines(in, maxBytes);
    }

    /** Opens {@code file}, inflating it when it starts with the gzip magic bytes. */
    static ArchiveLineReader open(Path file, int maxLineBytes) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return new ArchiveLineReader(gzip ? new GZIPInputStream(in, BUFFER_BYTES) : in, maxLineBytes);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The number of the line read last (0 before the first). */
    long lineNumber() {
        return number;
    }

    /** The next line, or null at the end; a truncated gzip stream fails here with an IOException. */
    Line next() throws IOException {
        ByteLines.Line line = lines.next();
        if (line == null) {
            return null;
        }
        number = line.number();
        if (line.truncated()) {
            return new Line(number, null, line.length(), true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
            return new Line(number, text, line.length(), false);
        } catch (CharacterCodingException e) {
            return new Line(number, null, line.length(), false);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
