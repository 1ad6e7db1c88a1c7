package org.marsad.ingest.feed;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Parses feed XML into a JDOM document with Rome's own hardened SAX builder: DOCTYPEs refused unless the
 * feed is trusted, external entities and DTDs never loaded. Parsing the document ourselves (instead of
 * {@code SyndFeedInput.build(Reader)}) lets {@link FeedParser} read the raw date strings, which Rome would
 * parse in the JVM's default zone when they carry none.
 */
final class SafeFeedInput extends WireFeedInput {

    SafeFeedInput(boolean allowDoctypes) {
        super(false, Locale.US);
        setAllowDoctypes(allowDoctypes);
    }

    Document parse(Reader xml) throws JDOMException, IOException {
        return createSAXBuilder().build(new XmlFixerReader(xml));
    }
}
