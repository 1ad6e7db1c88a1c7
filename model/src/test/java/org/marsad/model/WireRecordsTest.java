package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Serde round trips and the published JSON Schemas, on records with Arabic text and nulls. */
class WireRecordsTest {

    static final RawArticle RAW = new RawArticle(1, "a1", "https://news.example/ar/خبر", "مصدر", null,
            "ماسك يعرض 97.4 مليار دولار", "قال ماسك إن العرض «نهائي».\n\nوأضاف: لا تعليق.", "ar",
            Instant.parse("2025-02-12T00:00:00Z"), Instant.parse("2025-02-12T09:30:00Z"), null,
            List.of("ماسك", "أوبن إيه آي"), null, "SA");

    static final EnrichedArticle ENRICHED = new EnrichedArticle(1, "a1", RAW.url(), RAW.source(), null, RAW.title(),
            RAW.body(), "ar", RAW.publishedAt(), RAW.fetchedAt(), null, RAW.keywords(), null,
            List.of(new EntityMention("ماسك", "PERSON", "marsad:elon-musk", "Elon Musk", "title", null, 0, 4),
                    new EntityMention("ماسك", "PERSON", "marsad:elon-musk", "Elon Musk", "keywords", 0, 0, 4),
                    new EntityMention("الرمثا", "LOC", "geonames:250336", "الرمثا", "body", null, 30, 36, "JO"),
                    new EntityMention("Riyadh Province", "LOC", "iso3166-2:SA-01", "Riyadh Province", "body", null, 40,
                            55, "SA")),
            List.of(new MoneyMention("97.4 مليار دولار", "97400000000", "USD", "دولار", "EXACT", null, null, "title", 10, 26,
                            "default"),
                    new MoneyMention("بين 1 و2 مليون دولار", null, "USD", "دولار", "RANGE", "1000000", "2000000", "body", 0, 5),
                    new MoneyMention("40 مليون ريال", "40000000", null, "ريال", "EXACT", null, null, "body", 6, 19, null)),
            List.of(new PercentageMention("20 بالمئة", "20", "EXACT", null, null, "body", 0, 9, "PERCENT"),
                    new PercentageMention("2 نقطة مئوية", "2", "EXACT", null, null, "body", 10, 22, "PERCENTAGE_POINT")),
            List.of(new DateMention("12 فبراير", "2025-02-12", "body", 0, 9), new DateMention("12 فبراير", "--02-12", "body", 0, 9)),
            Instant.parse("2025-02-12T09:31:00Z"), "0.1.0+abcd1234", 0, 42L);

    static final IndexDocument INDEX = new IndexDocument(1, "a1", RAW.url(), RAW.source(), RAW.title(), RAW.body(), "ar",
            RAW.keywords(), null, RAW.publishedAt(), ENRICHED.enrichedAt(), ENRICHED.enricherVersion(),
            List.of(new IndexDocument.EntityFacet("marsad:elon-musk", "Elon Musk", 2)), List.of(),
            List.of(new IndexDocument.EntityFacet(null, "غزة", 1)), List.of(),
            List.of(new IndexDocument.AmountFacet("97400000000", "USD", "EXACT", null, null, "97.4 مليار دولار", "default"),
                    new IndexDocument.AmountFacet("5", "EUR", "EXACT", null, null, "5 يورو")),
            List.of("2025-02-12"), 0, 42L);

    @Test
    void shouldRoundTripRecordsWithArabicTextAndNulls() {
        assertEquals(RAW, roundTrip(Topics.RAW_SERDE, RAW));
        assertEquals(ENRICHED, roundTrip(Topics.ENRICHED_SERDE, ENRICHED));
        assertEquals(INDEX, roundTrip(Topics.INDEX_SERDE, INDEX));
    }

    @Test
    void shouldMapNullToNullWhenValueIsTombstone() {
        assertNull(Topics.INDEX_SERDE.serializer().serialize(Topics.INDEX, null));
        assertNull(Topics.INDEX_SERDE.deserializer().deserialize(Topics.INDEX, null));
    }

    @Test
    void shouldNameTopicWhenBytesAreNotJson() {
        var error = assertThrows(SerializationException.class, () -> Topics.RAW_SERDE.deserializer()
                .deserialize(Topics.RAW, "{not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().contains("RawArticle JSON from topic marsad.articles.raw"), error.getMessage());
    }

    @Test
    void shouldReadRecordWithUnknownFieldsFromNewerWriter() {
        String json = "{\"schemaVersion\":1,\"id\":\"a2\",\"body\":\"نص\",\"addedLater\":true}";
        RawArticle read = Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, json.getBytes(StandardCharsets.UTF_8));
        assertEquals("a2", read.id());
        assertEquals(List.of(), read.keywords());
    }

    @Test
    void shouldReadRecordWithoutFieldsAddedAfterVersionOne() {
        String raw = "{\"schemaVersion\":1,\"id\":\"a3\",\"body\":\"نص\"}";
        assertNull(Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, raw.getBytes(StandardCharsets.UTF_8))
                .sourceCountry());
        String money = "{\"text\":\"5 يورو\",\"amount\":\"5\",\"currency\":\"EUR\",\"qualifier\":\"EXACT\","
                + "\"field\":\"body\",\"start\":0,\"end\":6}";
        assertNull(read(money, MoneyMention.class).currencyBasis());
        String percent = "{\"text\":\"5%\",\"value\":\"5\",\"qualifier\":\"EXACT\",\"field\":\"body\",\"start\":0,\"end\":2}";
        assertNull(read(percent, PercentageMention.class).unit());
        String entity = "{\"text\":\"غزة\",\"type\":\"LOC\",\"id\":null,\"canonical\":\"غزة\",\"field\":\"body\","
                + "\"start\":0,\"end\":3}";
        assertNull(read(entity, EntityMention.class).country());
    }

    /** #18: version 2 named the fields added after version 1; a version-1 record of each type still reads. */
    @Test
    void shouldReadVersionOneRecordOfEachTypeWhenCurrentIsTwo() throws Exception {
        assertEquals(2, RawArticle.SCHEMA_VERSION);
        assertEquals(2, EnrichedArticle.SCHEMA_VERSION);
        assertEquals(2, IndexDocument.SCHEMA_VERSION);
        String raw = "{\"schemaVersion\":1,\"id\":\"v1\",\"title\":\"عنوان قديم\",\"body\":\"نص\",\"language\":\"ar\"}";
        RawArticle readRaw = read(raw, RawArticle.class);
        assertEquals(1, readRaw.schemaVersion());
        assertNull(readRaw.titleDerived());
        String enriched = "{\"schemaVersion\":1,\"id\":\"v1\",\"title\":\"عنوان قديم\",\"language\":\"ar\","
                + "\"entities\":[{\"text\":\"غزة\",\"type\":\"LOC\",\"canonical\":\"غزة\",\"field\":\"title\","
                + "\"start\":0,\"end\":3}],\"money\":[],\"percentages\":[],\"dates\":[],"
                + "\"enrichedAt\":\"2026-01-01T00:00:00Z\",\"enricherVersion\":\"0.1.0\",\"body\":\"نص\",\"rawPartition\":0,\"rawOffset\":7}";
        EnrichedArticle readEnriched = read(enriched, EnrichedArticle.class);
        assertEquals(List.of(), readEnriched.tags());
        assertNull(readEnriched.entities().get(0).country());
        String index = "{\"schemaVersion\":1,\"id\":\"v1\",\"title\":\"عنوان قديم\",\"language\":\"ar\","
                + "\"amounts\":[{\"amount\":\"5\",\"currency\":\"EUR\",\"qualifier\":\"EXACT\",\"text\":\"5 يورو\"}],"
                + "\"body\":\"نص\",\"enrichedAt\":\"2026-01-01T00:00:00Z\",\"enricherVersion\":\"0.1.0\",\"people\":[],"
                + "\"organisations\":[],\"places\":[],\"other\":[],\"dates\":[],\"rawPartition\":0,\"rawOffset\":7}";
        IndexDocument readIndex = read(index, IndexDocument.class);
        assertNull(readIndex.feed());
        assertEquals(List.of(), readIndex.percentages());
        assertNull(readIndex.amounts().get(0).currencyBasis());
        assertValid("raw-article", Json.MAPPER.readTree(raw));
        assertValid("enriched-article", Json.MAPPER.readTree(enriched));
        assertValid("index-document", Json.MAPPER.readTree(index));
    }

    /** #17: titleDerived is written only when true, so records of sources that give titles do not change. */
    @Test
    void shouldWriteTitleDerivedOnlyWhenTrue() {
        String plain = new String(Topics.RAW_SERDE.serializer().serialize(Topics.RAW, RAW), StandardCharsets.UTF_8);
        assertTrue(!plain.contains("titleDerived"), plain);
        RawArticle derived = RAW.withDerivedTitle("عنوان من النص");
        byte[] json = Topics.RAW_SERDE.serializer().serialize(Topics.RAW, derived);
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"titleDerived\":true"));
        assertEquals(derived, Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, json));
        String raw = "{\"schemaVersion\":1,\"id\":\"a3\",\"body\":\"نص\",\"titleDerived\":false}";
        assertNull(Topics.RAW_SERDE.deserializer().deserialize(Topics.RAW, raw.getBytes(StandardCharsets.UTF_8))
                .titleDerived());
    }

    @Test
    void shouldUpperCaseSourceCountryWhenWrittenInLowerCase() {
        assertEquals("EG", new RawArticle(1, "a4", null, null, null, "t", "b", "ar", null, null, null, List.of(), null,
                "eg").sourceCountry());
    }

    @Test
    void shouldRejectSourceCountryWhenItIsNoIsoCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RawArticle(1, "a5", null,
                null, null, "t", "b", "ar", null, null, null, List.of(), null, "KSA"));
        assertEquals("sourceCountry 'KSA' is not an ISO 3166-1 alpha-2 country code", e.getMessage());
    }

    @Test
    void shouldValidateAgainstPublishedSchemas() throws Exception {
        assertValid("raw-article", Json.MAPPER.valueToTree(RAW));
        assertValid("enriched-article", Json.MAPPER.valueToTree(ENRICHED));
        assertValid("index-document", Json.MAPPER.valueToTree(INDEX));
    }

    @Test
    void shouldRejectExponentAmountInSchema() throws Exception {
        JsonNode node = Json.MAPPER.valueToTree(ENRICHED);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("money").get(0)).put("amount", "9.74E+9");
        assertTrue(!schema("enriched-article").validate(node).isEmpty());
    }

    private static void assertValid(String name, JsonNode node) throws Exception {
        Set<ValidationMessage> errors = schema(name).validate(node);
        assertTrue(errors.isEmpty(), () -> name + ": " + errors);
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = WireRecordsTest.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T roundTrip(JsonSerde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }
}
