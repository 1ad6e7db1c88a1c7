package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.TextDocument;

/** The gazetteer format: header, rows, overrides, user directory, and failures naming file and line. */
class GazetteerReaderTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Q1\tLOC\tA\tا|expected 5 or 6 (with country) tab-separated columns, got 4",
        "X1\tLOC\tA\tا\t|bad id 'X1'",
        "Q1\tCITY\tA\tا\t|bad type 'CITY'",
        "Q1\tLOC\t\t\t|name_en and name_ar must not both be empty",
        "Q1\tLOC\tA\tا\t\tSAU|bad country 'SAU'",
        "marsad:Bad Slug\tLOC\tA\tا\t|bad id"})
    void shouldFailWithLineAndReasonWhenRowMalformed(String row, String reason) {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> GazetteerReader.parse("people.tsv", 7, row));
        assertTrue(e.getMessage().startsWith("people.tsv:7: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void shouldNameFileAndLineWhenBundledStyleFileHasBadRow() {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> new GazetteerReader().readClasspath("org/marsad/enrich/text/entity/bad/index.txt"));
        assertEquals("org/marsad/enrich/text/entity/bad/bad.tsv:4: bad type 'PLANET' (want PERSON|ORG|LOC|MISC)",
                e.getMessage());
    }

    @Test
    void shouldSplitAliasesWhenPipeSeparated() {
        GazetteerEntry entry = GazetteerReader.parse("f.tsv", 1, "Q30\tLOC\tUnited States\tالولايات المتحدة\tUS| U.S. ||أمريكا");
        assertEquals(List.of("US", "U.S.", "أمريكا"), entry.aliases());
        assertEquals(EntityType.LOC, entry.type());
    }

    @Test
    void shouldLinkSeedRowsWhenBundledGazetteerLoaded() {
        List<EntitySpan> spans = EntityRecognizer.load(null).recognize(
                TextDocument.ofBody("وصل الوفد إلى مصر قادما من الولايات المتحدة."));
        assertEquals(List.of("Q79", "Q30"), spans.stream().map(EntitySpan::id).toList());
    }

    @Test
    void shouldAddAndOverrideEntriesWhenUserDirectoryGiven() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("userdir").toURI());
        EntityRecognizer recognizer = EntityRecognizer.load(dir);
        List<EntitySpan> spans = recognizer.recognize(TextDocument.ofBody("زار مسؤولو نوفاتيك مصر المحروسة."));
        assertEquals(List.of("marsad:test-novatech", "Q79"), spans.stream().map(EntitySpan::id).toList());
        assertNotEquals(EntityRecognizer.load(null).fingerprint(), recognizer.fingerprint());
    }

    @Test
    void shouldGiveStableShortHexFingerprintWhenSameFilesLoaded() {
        String first = EntityRecognizer.load(null).fingerprint();
        assertEquals(first, EntityRecognizer.load(null).fingerprint());
        assertTrue(first.matches("[0-9a-f]{12}"), first);
    }
}
