package org.marsad.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so the workers parse the bytes once and a rejected
 * line is dead-lettered exactly as read. A line ends at {@code \n}; a {@code \r} before it and a UTF-8 byte
 * order mark at the start of the stream are dropped. A line longer than {@code maxBytes} keeps only its first
 * {@code maxBytes} bytes in memory, with its full length, so one huge line cannot exhaust the heap. Shared by
 * file imports and archive import.
 */
public final class ByteLines {

    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * One line.
     *
     * @param number 1-based line number in the stream
     * @param bytes its bytes, at most {@code maxBytes} of them
     * @param length its full length in bytes
     */
    public record Line(int number, byte[] bytes, long length) {

        public boolean truncated() {
            return length > bytes.length;
        }

        /** Whether it holds only spaces and tabs (or nothing). */
        public boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return !truncated();
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int lineBytes;
    private long lineLength;
    private int number;

    public ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        lineBytes = 0;
        lineLength = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finishLine() : null;
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return finishLine();
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
        lineLength += count;
        int kept = Math.min(count, maxBytes - lineBytes);
        if (kept <= 0) {
            return;
        }
        if (lineBytes + kept > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(lineBytes + kept, 2 * line.length)));
        }
        System.arraycopy(buffer, start, line, lineBytes, kept);
        lineBytes += kept;
    }

    private Line finishLine() {
        number++;
        int from = 0;
        int to = lineBytes;
        boolean whole = lineLength == lineBytes;
        if (whole && to > 0 && line[to - 1] == '\r') {
            to--;
            lineLength--;
        }
        if (number == 1 && to >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            from = 3;
            lineLength -= 3;
        }
        return new Line(number, Arrays.copyOfRange(line, from, to), lineLength);
    }
}
