package org.marsad.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The raw date string of each item or entry of a feed document, in document order (the order Rome gives its
 * entries), so {@code PublishedDates} can read the variants Rome drops or misreads.
 */
final class FeedDates {

    /** Publication first, then modification: the first present one is the item's date. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");
    private static final Set<String> ITEM_ELEMENTS = Set.of("item", "entry");

    private FeedDates() {
    }

    static List<String> rawDates(Document document) {
        List<String> dates = new ArrayList<>();
        collect(document.getRootElement(), dates, 0);
        return dates;
    }

    private static void collect(Element element, List<String> dates, int depth) {
        for (Element child : element.getChildren()) {
            if (ITEM_ELEMENTS.contains(child.getName())) {
                dates.add(dateOf(child));
            } else if (depth < 2) {
                collect(child, dates, depth + 1);
            }
        }
    }

    private static String dateOf(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }
}
