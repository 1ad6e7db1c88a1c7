package org.marsad.enrich.text.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.Field;
import org.marsad.enrich.text.TextDocument;

/**
 * Finds people, organisations, places and other proper names in an article's title, body and keywords,
 * linking listed ones to their gazetteer id. Immutable and thread-safe once loaded.
 *
 * <p>The pipeline, in order (see docs/ENTITIES.md):
 * <ol>
 *   <li>each field is normalised and tokenised with offsets ({@link TokenizedText});</li>
 *   <li>listed names, glosses and the trained tagger propose candidates per field ({@link CandidateFinder},
 *   {@link EntityTagger}); the gazetteer links them;</li>
 *   <li>overlaps are resolved per field, longest first ({@link Overlaps});</li>
 *   <li>Latin glosses in parentheses inherit the entity they follow ({@link Glosses});</li>
 *   <li>names settled anywhere in the document are found again elsewhere ({@link DocumentConsistency}).</li>
 * </ol>
 */
public final class EntityRecognizer {

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.field().field())
            .thenComparing(c -> c.field().index() == null ? -1 : c.field().index())
            .thenComparingInt(Candidate::start);

    private final Gazetteer gazetteer;
    private final CandidateFinder finder;
    private final Glosses glosses;
    private final DocumentConsistency consistency;
    private final EntityTagger tagger;

    private EntityRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.tagger = EntityTagger.bundled();
        this.finder = new CandidateFinder(gazetteer, lexicon, tagger);
        this.glosses = new Glosses(gazetteer);
        this.consistency = new DocumentConsistency(lexicon);
    }

    /** Loads the bundled gazetteer, plus user entries from {@code userDir} when it is not null. */
    public static EntityRecognizer load(Path userDir) {
        if (userDir == null) {
            // the bundled gazetteer is the one the tagger's features already hold (about 19 MB with GeoNames, #11)
            return new EntityRecognizer(TaggerKnowledge.get().gazetteer, Lexicon.get());
        }
        return of(new GazetteerReader().readClasspath(GazetteerReader.BUNDLED_INDEX).readDirectory(userDir));
    }

    /** Builds a recognizer from whatever gazetteer files {@code reader} has read; for tests and tools. */
    static EntityRecognizer of(GazetteerReader reader) {
        Lexicon lexicon = Lexicon.get();
        return new EntityRecognizer(new Gazetteer(reader.entries(), reader.fingerprint(), lexicon), lexicon);
    }

    public List<EntitySpan> recognize(TextDocument document) {
        List<FieldText> fields = fields(document);
        List<Candidate> chosen = new ArrayList<>();
        for (FieldText field : fields) {
            // Glosses attach after overlaps are settled so a gloss follows the entity that won, not a loser.
            chosen.addAll(glosses.attach(Overlaps.resolve(finder.find(field))));
        }
        List<Candidate> all = new ArrayList<>(consistency.extend(fields, chosen));
        all.sort(ORDER);
        return all.stream().map(c -> c.toSpan(gazetteer.countryOf(c.id()))).toList();
    }

    /** Short hash of the loaded gazetteer and tagger models; part of the enricher version. */
    public String fingerprint() {
        return tagger.fingerprintWith(gazetteer.fingerprint());
    }

    private static List<FieldText> fields(TextDocument document) {
        List<FieldText> fields = new ArrayList<>();
        fields.add(new FieldText(Field.TITLE, null, TokenizedText.of(document.title())));
        fields.add(new FieldText(Field.BODY, null, TokenizedText.of(document.body())));
        for (int i = 0; i < document.keywords().size(); i++) {
            fields.add(new FieldText(Field.KEYWORDS, i, TokenizedText.of(document.keywords().get(i))));
        }
        return fields;
    }
}
