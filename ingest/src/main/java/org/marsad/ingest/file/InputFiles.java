package org.marsad.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens an input file, decompressing {@code .gz}, and reads whole documents within a size limit. */
final class InputFiles {

    private InputFiles() {
    }

    /** The file's (decompressed) bytes, or null when they pass {@code maxBytes}; never reads more than one byte past it. */
    static byte[] readLimited(Path file, long maxBytes) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!InputFormat.isGzip(file)) {
            return in;
        }
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
