package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.feed.FeedPollResult;
import org.marsad.ingest.feed.FeedSpec;
import org.marsad.model.Json;
import org.slf4j.Logger;
import org.slf4j.MDC;

class LogFormatTest {

    @Test
    void shouldReadTheFormatFromEitherSpellingOfTheOption() {
        assertEquals(LogFormat.json, LogFormat.requested("--log-format", "json", "up"));
        assertEquals(LogFormat.json, LogFormat.requested("up", "--log-format=JSON"));
        assertEquals(LogFormat.text, LogFormat.requested("--log-format=text"));
        assertNull(LogFormat.requested("up"));
        assertNull(LogFormat.requested("--log-format=xml"), "picocli reports the bad value");
    }

    @Test
    void shouldWriteOneJsonObjectPerLineWithTheArticleIdWhenJsonIsChosen() throws Exception {
        String line = logOneLine("json");

        JsonNode json = Json.MAPPER.readTree(line);
        assertEquals("WARN", json.path("level").asText(), line);
        assertEquals("org.marsad.test", json.path("loggerName").asText());
        assertEquals("tagging took long", json.path("formattedMessage").asText());
        assertEquals("a-123", json.path("mdc").path("article").asText());
        assertTrue(json.path("timestamp").asLong() > 0, line);
    }

    @Test
    void shouldWriteAPlainLineStartingWithTheTimeByDefault() throws Exception {
        String line = logOneLine("text");

        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[.*\\] WARN org\\.marsad\\.test - tagging took long"),
                "[" + line + "]");
    }

    @Test
    void shouldNameTheFeedOfAFailedPollWhenJsonIsChosen() throws Exception {
        FeedSpec feed = new FeedSpec("https://news.example.org/rss.xml", "مرصد الأخبار", Duration.ofMinutes(5), false);
        FeedPollResult failed = new FeedPollResult(feed, FeedPollResult.Status.FAILED, 0, "HTTP 503", 1,
                Duration.ofMinutes(1), FeedPollResult.Counts.NONE);

        String line = log("json", logger -> new IngestEvents(logger).polled(failed));

        JsonNode json = Json.MAPPER.readTree(line);
        assertEquals("مرصد الأخبار", json.path("mdc").path(IngestEvents.MDC_FEED).asText(), line);
        assertEquals("feed https://news.example.org/rss.xml: HTTP 503", json.path("formattedMessage").asText(), line);
        assertNull(MDC.get(IngestEvents.MDC_FEED), "the feed leaves the MDC after its line");
    }

    private static String logOneLine(String format) throws Exception {
        return log(format, logger -> {
            MDC.put("article", "a-123");
            try {
                logger.warn("tagging took long");
            } finally {
                MDC.remove("article");
            }
        });
    }

    /** Configures a private logback context from the CLI's logback.xml and logs one line to a captured stderr. */
    private static String log(String format, Consumer<Logger> writer) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            // The MDC the code writes to is SLF4J's, which this private context must read.
            context.setMDCAdapter(MDC.getMDCAdapter());
            context.putProperty(LogFormat.PROPERTY, format);
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            writer.accept(context.getLogger("org.marsad.test"));
        } finally {
            context.stop();
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
