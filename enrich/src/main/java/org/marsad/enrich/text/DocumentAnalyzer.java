package org.marsad.enrich.text;

import java.nio.file.Path;
import org.marsad.enrich.text.entity.EntityRecognizer;
import org.marsad.enrich.text.quantity.Quantities;
import org.marsad.enrich.text.quantity.QuantityExtractor;

/**
 * Runs every tagger over a document: named entities, then money, percentages and dates. Immutable and
 * thread-safe; build it once and share it across stream threads, since loading the gazetteer is the
 * expensive part.
 */
public final class DocumentAnalyzer implements TextAnalyzer {

    private final EntityRecognizer entities;
    private final QuantityExtractor quantities;

    public DocumentAnalyzer(EntityRecognizer entities, QuantityExtractor quantities) {
        this.entities = entities;
        this.quantities = quantities;
    }

    /**
     * Loads the bundled resources plus user overrides.
     *
     * @param gazetteerDir directory of user gazetteer TSV files, or null
     * @param tablesDir directory of user currency/scale/month tables, or null
     */
    public static DocumentAnalyzer load(Path gazetteerDir, Path tablesDir) {
        return new DocumentAnalyzer(EntityRecognizer.load(gazetteerDir), QuantityExtractor.load(tablesDir));
    }

    @Override
    public Analysis analyze(TextDocument document) {
        Quantities found = quantities.extract(document);
        return new Analysis(entities.recognize(document), found.money(), found.percentages(), found.dates());
    }

    @Override
    public String fingerprint() {
        return entities.fingerprint() + quantities.fingerprint();
    }
}
