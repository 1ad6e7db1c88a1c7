package org.marsad.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML fragment (a feed entry's content, a page's main element) into clean paragraphs: block
 * elements and {@code <br>} end a paragraph; images, media, scripts and forms are dropped; link markup is
 * dropped but a link's words inside a sentence stay; a block whose only text is a link ("read more") is
 * dropped. Text without any tag is read as lines of paragraphs.
 */
public final class HtmlText {

    private static final String DROPPED = "img, picture, figure, video, audio, iframe, object, embed, svg, "
            + "script, style, noscript, form, button, input, select, textarea, template";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "table", "tr", "td", "th",
            "dd", "dt", "dl", "hr", "main", "aside", "nav", "figcaption");

    private HtmlText() {
    }

    /** The body text of {@code html}, paragraphs separated by a blank line. */
    public static String toBody(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0) {
            return Paragraphs.fromLines(Parser.unescapeEntities(html, false));
        }
        return fromElement(Jsoup.parseBodyFragment(html).body());
    }

    /** The body text of an element of a parsed page; the element is changed (dropped parts removed). */
    public static String fromElement(Element root) {
        root.select(DROPPED).remove();
        for (Element link : root.select("a")) {
            Element parent = link.parent();
            if (parent != null && parent != root && BLOCKS.contains(parent.normalName())
                    && parent.text().strip().equals(link.text().strip())) {
                parent.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endParagraph(paragraphs, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endParagraph(paragraphs, current);
                }
            }
        });
        endParagraph(paragraphs, current);
        return Paragraphs.join(paragraphs);
    }

    private static void endParagraph(List<String> paragraphs, StringBuilder current) {
        paragraphs.add(current.toString());
        current.setLength(0);
    }
}
