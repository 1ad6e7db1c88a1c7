package org.marsad.search.analysis;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the search index and its queries, per language.
 *
 * <p>Arabic (and every language that is not English: Persian, Urdu, undetermined), in this order:
 * <ol>
 *   <li>Unicode word tokens ({@link StandardTokenizer})</li>
 *   <li>Marsad's normaliser and Latin lower-casing ({@link NormalizingFilter}); before the clitic table, whose
 *       prefixes are written in normalised letters</li>
 *   <li>index side only: clitic-stripped forms at the same position ({@link ProcliticVariantFilter})</li>
 *   <li>Lucene's Arabic light stemmer (article, conjunction and common suffixes); after the clitic split, so
 *       {@code لأوبن} does not keep a bare {@code ل}</li>
 *   <li>duplicates at one position removed (a word and its stripped form often stem alike)</li>
 * </ol>
 * English: Lucene's {@link EnglishAnalyzer} (possessives, stop words, Porter stemming).
 */
public final class SearchAnalyzers {

    /**
     * Raise when any analyser, or the document builder, changes what it emits: an index built with another
     * version is rebuilt. 2: the {@code percent} field holds only PERCENT values (#18).
     */
    public static final String VERSION = "2";

    private SearchAnalyzers() {
    }

    /** The field-name suffix of a document in {@code language}: {@code en}, else {@code ar}. */
    public static String languageSuffix(String language) {
        return "en".equals(language) ? "en" : "ar";
    }

    /** For writing: Arabic fields with clitic variants, English fields with the English analyser. */
    public static Analyzer indexAnalyzer(Iterable<String> englishFields) {
        return perField(arabic(true), englishFields);
    }

    /** For parsing queries: the same chains without the clitic expansion. */
    public static Analyzer queryAnalyzer(Iterable<String> englishFields) {
        return perField(arabic(false), englishFields);
    }

    static Analyzer arabic(boolean indexSide) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new NormalizingFilter(source);
                if (indexSide) {
                    chain = new ProcliticVariantFilter(chain);
                }
                chain = new ArabicStemFilter(chain);
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(chain));
            }
        };
    }

    private static Analyzer perField(Analyzer arabic, Iterable<String> englishFields) {
        EnglishAnalyzer english = new EnglishAnalyzer();
        Map<String, Analyzer> byField = new HashMap<>();
        englishFields.forEach(field -> byField.put(field, english));
        return new PerFieldAnalyzerWrapper(arabic, byField);
    }
}
