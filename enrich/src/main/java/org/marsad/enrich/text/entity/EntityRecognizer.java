package org.marsad.enrich.text.entity;

import java.nio.file.Path;
import java.util.List;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.TextDocument;

/**
 * Finds people, organisations, places and other proper names in an article's title, body and keywords,
 * linking listed ones to their gazetteer id. Immutable and thread-safe once loaded.
 */
public final class EntityRecognizer {

    private EntityRecognizer() {
    }

    /** Loads the bundled gazetteer, plus user entries from {@code userDir} when it is not null. */
    public static EntityRecognizer load(Path userDir) {
        return new EntityRecognizer();
    }

    public List<EntitySpan> recognize(TextDocument document) {
        return List.of();
    }

    /** Short hash of the loaded gazetteer; part of the enricher version. */
    public String fingerprint() {
        return "0";
    }
}
