package org.marsad.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;

/**
 * Parses feed XML into a JDOM document with Rome's own hardened SAX builder: DOCTYPEs refused unless the
 * feed is trusted, external entities and DTDs never loaded. Parsing the document ourselves (instead of
 * {@code SyndFeedInput.build(Reader)}) lets {@link FeedParser} read the raw date strings, which Rome would
 * parse in the JVM's default zone when they carry none.
 */
final class SafeFeedInput extends WireFeedInput {

    /** The JDK parser's own depth limit (jdk.xml.maxElementDepth), set per parser instead of per JVM. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private final int maxDepth;

    SafeFeedInput(boolean allowDoctypes, int maxDepth) {
        super(false, Locale.US);
        setAllowDoctypes(allowDoctypes);
        this.maxDepth = maxDepth;
    }

    Document parse(Reader xml) throws JDOMException, IOException {
        SAXBuilder builder = createSAXBuilder();
        builder.setProperty(MAX_ELEMENT_DEPTH, Integer.toString(maxDepth));
        return builder.build(new XmlFixerReader(xml));
    }
}
