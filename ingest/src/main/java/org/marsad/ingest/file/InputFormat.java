package org.marsad.ingest.file;

import java.nio.file.Path;
import java.util.Locale;

/** The formats the file importer reads, told apart by file name; {@code .gz} of any of them is read too. */
enum InputFormat {
    JSONL, SCRAPED_TEXT, HTML, FEED;

    /** The format of {@code file} (its name without a {@code .gz} suffix), or null when unsupported. */
    static InputFormat of(Path file) {
        String name = baseName(file);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".txt")) {
            return SCRAPED_TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return FEED;
        }
        return null;
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
