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
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads an archive file (gzip, detected by content, or plain) line by line with a cap on the bytes kept per
 * line, so a small gzip that inflates to one gigabyte-long line costs at most the cap in memory: the rest of
 * such a line is counted and skipped, and the line is reported as too long.
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
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int kept;
    private long length;
    private long number;

    private ArchiveLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
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
        kept = 0;
        length = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finish() : null;
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return finish();
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private void append(int start, int count) {
        length += count;
        int room = (int) Math.min(count, Math.max(0, maxBytes - kept));
        if (room > 0) {
            if (kept + room > line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(kept + room, line.length * 2)));
            }
            System.arraycopy(buffer, start, line, kept, room);
            kept += room;
        }
    }

    private Line finish() {
        number++;
        if (length > maxBytes) {
            return new Line(number, null, length, true);
        }
        int end = kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, 0, end)).toString();
            return new Line(number, text, length, false);
        } catch (CharacterCodingException e) {
            return new Line(number, null, length, false);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
