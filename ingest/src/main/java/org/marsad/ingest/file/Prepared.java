package org.marsad.ingest.file;

import java.util.List;
import org.marsad.ingest.FinishedArticle;

/**
 * What one input (a file, a line, a feed item) turned into on a worker thread: the articles to write, or why
 * it was rejected. The writer acts on it in input order.
 *
 * @param file the file (or directory entry) it came from, which the per-file dead-letter cap counts by
 * @param source the input's name, as rejections report it ({@code file:line}, {@code file item 3})
 * @param articles the finished articles, or null when rejected (empty with an {@code error}: a note, below)
 * @param error why it was rejected, or the text of a note, or null
 * @param original the bytes to dead-letter with a rejection, or null (feeds and unreadable files)
 * @param cause the failure behind the rejection, or null
 */
record Prepared(String file, String source, List<FinishedArticle> articles, String error, byte[] original,
        Throwable cause) {

    static Prepared accepted(String file, String source, List<FinishedArticle> articles) {
        return new Prepared(file, source, articles, null, null, null);
    }

    static Prepared rejected(String file, String source, String error, byte[] original, Throwable cause) {
        return new Prepared(file, source, null, error, original, cause);
    }

    /** A warning about {@code file} that rejects nothing (items kept without a link). */
    static Prepared note(String file, String message) {
        return new Prepared(file, file, List.of(), message, null, null);
    }

    boolean isNote() {
        return articles != null && error != null;
    }

    /** A rejection of a whole file or entry, named by itself. */
    static Prepared rejected(String file, String error, byte[] original, Throwable cause) {
        return rejected(file, file, error, original, cause);
    }
}
