package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.config.EffectiveValue;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Json;

/** The command line in-process: exit codes, one-line errors, and {@code extract} streaming. */
class MarsadCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    @Test
    void shouldExitWithUsageErrorWhenOptionIsUnknown() {
        assertEquals(2, Marsad.run("tail", "--no-such-option"));
        assertTrue(err().contains("--no-such-option"), err());
    }

    @Test
    void shouldNameKeyAndValueWhenConfigValueIsBad() {
        assertEquals(2, Marsad.run("--set", "marsad.topic.partitions=zero", "tail", "--idle-timeout", "1s"));
        assertTrue(err().contains("marsad.topic.partitions") && err().contains("zero"), err());
    }

    @Test
    void shouldRefuseUnknownKeyNamingNearestWhenSetByFlag() {
        assertEquals(2, Marsad.run("--set", "marsad.enrich.thread=2", "extract"));
        assertTrue(err().contains("Unknown configuration key marsad.enrich.thread (from the command line);"
                + " nearest known key: marsad.enrich.threads"), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintEachValueWithItsSourceAndMaskSecretsWhenAskedForConfig() throws Exception {
        int parsesBefore = MarsadConfig.parseCount();
        assertEquals(0, Marsad.run("--set", "marsad.ingest.http.token=t0ken-value", "config", "--json",
                "--bootstrap-servers", "broker.example:9092"), err());
        assertEquals(parsesBefore + 1, MarsadConfig.parseCount(), "one parse per command");
        Map<String, JsonNode> byKey = new HashMap<>();
        Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).forEach(node -> byKey.put(node.get("key").asText(), node));
        assertEquals("broker.example:9092", byKey.get("marsad.bootstrap.servers").get("value").asText());
        assertEquals("flag", byKey.get("marsad.bootstrap.servers").get("source").asText());
        assertEquals(EffectiveValue.MASK, byKey.get("marsad.ingest.http.token").get("value").asText());
        assertEquals("default", byKey.get("marsad.enrich.threads").get("source").asText());
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("t0ken-value"));
    }

    @Test
    void shouldAcceptBootstrapServersAfterSubcommand() {
        assertEquals(2, Marsad.run("tail", "--bootstrap-servers", "127.0.0.1:1", "--json", "--envelope"));
        assertTrue(err().contains("--json and --envelope exclude each other"), err());
    }

    @Test
    void shouldAnswerEveryLineInOrderAndReportBadLinesInPlace() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"x1\",\"title\":\"عنوان\",\"body\":\"نص الخبر الأول.\",\"language\":\"ar\"}",
                "{\"id\":\"x2\",\"title\":\"missing body\"}",
                "not json",
                "{\"id\":\"x4\",\"body\":\"The second article.\",\"keywords\":[\"economy\"]}") + "\n";
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, Marsad.run("extract"));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), out.toString(StandardCharsets.UTF_8));
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals("x1", first.get("id").asText());
        assertEquals(-1, first.get("rawOffset").asInt());
        assertTrue(first.get("entities").isArray());
        JsonNode missingBody = Json.MAPPER.readTree(lines.get(1));
        assertEquals(2, missingBody.get("line").asInt());
        assertEquals("x2", missingBody.get("id").asText());
        assertTrue(missingBody.get("error").asText().contains("body"));
        JsonNode notJson = Json.MAPPER.readTree(lines.get(2));
        assertEquals(3, notJson.get("line").asInt());
        assertNull(notJson.get("id").textValue());
        assertEquals("en", Json.MAPPER.readTree(lines.get(3)).get("language").asText());
    }

    @Test
    void shouldSettleSharedCurrencyWhenLineGivesSourceCountryOrAddress() throws Exception {
        String body = "بلغت الأرباح 120 مليون ريال في النصف الأول.";
        String input = String.join("\n",
                "{\"id\":\"c1\",\"body\":\"" + body + "\",\"sourceCountry\":\"SA\",\"feed\":\"https://f.example/rss\"}",
                "{\"id\":\"c2\",\"body\":\"" + body + "\",\"url\":\"https://news.example.qa/a/1\"}",
                "{\"id\":\"c3\",\"body\":\"" + body + "\",\"sourceCountry\":\"Saudi\"}") + "\n";
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, Marsad.run("extract"));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode saudi = Json.MAPPER.readTree(lines.get(0)).get("money").get(0);
        assertEquals("SAR", saudi.get("currency").asText());
        assertEquals("source", saudi.get("currencyBasis").asText());
        assertEquals("QAR", Json.MAPPER.readTree(lines.get(1)).get("money").get(0).get("currency").asText());
        assertTrue(Json.MAPPER.readTree(lines.get(2)).get("error").asText().contains("sourceCountry 'Saudi'"), lines.get(2));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
