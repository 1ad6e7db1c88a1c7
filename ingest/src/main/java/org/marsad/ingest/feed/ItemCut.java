package org.marsad.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Drops a parsed feed's items past {@code marsad.feeds.max.items} before Rome converts the document, so a feed
 * of 100,000 items costs Rome the memory of the limit, not of the feed. Items are the {@code item} (RSS) and
 * {@code entry} (Atom) elements under the root (RSS 1.0, Atom) or under one of its children (RSS 0.9x, 2.0's
 * {@code channel}); everything else is kept in place.
 */
final class ItemCut {

    private ItemCut() {
    }

    /** Keeps the first {@code maxItems} items of {@code document}; returns how many it had. */
    static int keepFirst(Document document, int maxItems) {
        Element root = document.getRootElement();
        int seen = cut(root, maxItems, 0);
        for (Element child : root.getChildren()) {
            seen = cut(child, maxItems, seen);
        }
        return seen;
    }

    /** Rebuilds {@code parent}'s content without the items past the limit; one pass, whatever the count. */
    private static int cut(Element parent, int maxItems, int seenBefore) {
        int seen = seenBefore;
        List<Content> kept = new ArrayList<>();
        boolean dropped = false;
        for (Content content : parent.getContent()) {
            if (content instanceof Element element && isItem(element) && seen++ >= maxItems) {
                dropped = true;
            } else {
                kept.add(content);
            }
        }
        if (dropped) {
            parent.removeContent();
            parent.addContent(kept);
        }
        return seen;
    }

    private static boolean isItem(Element element) {
        return element.getName().equals("item") || element.getName().equals("entry");
    }
}
