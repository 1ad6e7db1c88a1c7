package org.marsad.enrich.text;

import java.nio.file.Path;
import java.util.List;
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
        // entities first: the places they name settle shared currency forms (ريال in a Riyadh story)
        List<EntitySpan> found = TaggedLanguages.keep(document, entities.recognize(document));
        Quantities numeric = quantities.extract(document, found);
        return new Analysis(found, numeric.money(), numeric.percentages(), numeric.dates());
    }

    @Override
    public String fingerprint() {
        return entities.fingerprint() + quantities.fingerprint();
    }
}
