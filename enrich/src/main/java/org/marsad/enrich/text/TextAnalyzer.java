package org.marsad.enrich.text;

/**
 * What the enrich stage needs from text analysis: findings for a document, and a fingerprint of the loaded
 * resources for the enricher version. {@link DocumentAnalyzer} is the implementation; the interface is the
 * seam that lets a test make tagging fail and watch the failure reach the dead-letter topic.
 */
public interface TextAnalyzer {

    Analysis analyze(TextDocument document);

    /** Hash of everything loaded; a changed gazetteer or table gives a new value. */
    String fingerprint();
}
