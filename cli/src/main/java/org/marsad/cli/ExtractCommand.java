package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.text.DocumentAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad extract}: offline tagging, no Kafka and no cleaning. Reads JSON lines of RawArticle fields
 * on stdin, writes one EnrichedArticle JSON line per input line on stdout in input order.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Tag JSON lines of articles from stdin without Kafka; one EnrichedArticle JSON line out per line in.",
            "Each line needs id and body; title, language, publishedAt, source, keywords, url, feed and sourceCountry",
            "(ISO 3166-1 alpha-2, settles shared currencies such as riyal) are optional.",
            "Blank lines are skipped. A line that cannot be read gives {\"line\": N, \"id\": ..., \"error\": ...} instead; exit 1 at the end if any did."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--gazetteer-dir", paramLabel = "DIR", description = "Extra gazetteer TSV files.")
    Path gazetteerDir;

    @Option(names = "--tables-dir", paramLabel = "DIR", description = "Extra currency, scale and month tables.")
    Path tablesDir;

    @Override
    public Integer call() throws IOException {
        ArticleEnricher enricher = new ArticleEnricher(DocumentAnalyzer.load(gazetteerDir, tablesDir));
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean failed = new LineExtractor(enricher, Clock.systemUTC()).run(new BufferedReader(in, 1 << 16), out);
        return failed ? OneLineErrors.RUNTIME_FAILURE : 0;
    }
}
