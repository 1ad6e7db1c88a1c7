package org.marsad.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.RawArticle;

/**
 * Reads the related articles that scraped pages append after {@code إقرأ أيضاً:} so they become their own
 * records instead of polluting the main article's body.
 *
 * <p>Each marker line starts one related article. The marker is matched in its spellings: {@code إقرأ},
 * {@code اقرأ} or {@code أقرأ}, then {@code أيضاً}, {@code أيضًا}, {@code أيضا} or {@code ايضا}, colon optional.
 * The text after the marker is the related article's title (or else its next non-blank line); a line that
 * is only an http(s) URL right after the title is its URL; later lines up to the next marker are its body.
 */
public final class RelatedArticles {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*[اإأ]قرأ\\s+[اأإ]يض(?:اً|ًا|ا|ًّا)\\s*[:：]?\\s*(.*)$");
    private static final Pattern URL_LINE = Pattern.compile("^https?://\\S+$");

    private RelatedArticles() {
    }

    /** Index of the first marker line, or {@code lines.size()} when there is none. */
    static int firstMarker(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (MARKER.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** The related articles in {@code lines} (which start at a marker line, or are empty). */
    static List<RawArticle> parse(List<String> lines, RawArticle parent) {
        List<RawArticle> related = new ArrayList<>();
        Builder current = null;
        for (String raw : lines) {
            Matcher marker = MARKER.matcher(raw);
            String line = Paragraphs.normalise(raw);
            if (marker.matches()) {
                addIfTitled(related, current, parent);
                current = new Builder(Paragraphs.normalise(marker.group(1)));
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        addIfTitled(related, current, parent);
        return related;
    }

    private static void addIfTitled(List<RawArticle> related, Builder builder, RawArticle parent) {
        if (builder != null && !builder.title.isEmpty()) {
            related.add(new RawArticle(RawArticle.SCHEMA_VERSION, null, builder.url, parent.source(), parent.feed(),
                    builder.title, Paragraphs.join(builder.body), null, null, null, null, List.of(), null,
                    parent.sourceCountry()));
        }
    }

    private static final class Builder {
        private String title;
        private String url;
        private final List<String> body = new ArrayList<>();

        Builder(String title) {
            this.title = title;
        }

        void add(String line) {
            if (title.isEmpty()) {
                title = line;
            } else if (url == null && body.isEmpty() && URL_LINE.matcher(line).matches()) {
                url = line;
            } else {
                body.add(AdLabel.remove(line));
            }
        }
    }
}
