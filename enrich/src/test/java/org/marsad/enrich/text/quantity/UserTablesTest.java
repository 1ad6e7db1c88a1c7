package org.marsad.enrich.text.quantity;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.text.MoneySpan;
import org.marsad.enrich.text.TextDocument;

/** User tables extend and override the bundled ones, change the fingerprint, and fail loudly when malformed. */
class UserTablesTest {

    private static final String CURRENCY_HEADER = "form\tunit\tiso\tfallback\tfactor\tposition\n";

    @TempDir
    Path userDir;

    @Test
    void shouldAddCurrencyWhenUserTableNamesIt() throws IOException {
        write("currencies.tsv", "# a test unit\n" + CURRENCY_HEADER + "زلطة\tzalta\tXTS\t-\t1\tAFTER\n");
        QuantityExtractor extractor = QuantityExtractor.load(userDir);
        MoneySpan span = extractor.extract(TextDocument.ofBody("دفع 40 زلطة ثمنا للخبز."), List.of()).money().get(0);
        assertEquals("XTS", span.currency());
        assertEquals(0, new BigDecimal("40").compareTo(span.amount()));
    }

    @Test
    void shouldOverrideBundledCurrencyWhenUserTableRedefinesIt() throws IOException {
        write("currencies.tsv", CURRENCY_HEADER + "جنيه\tpound\tEGP\t-\t1\tAFTER\n");
        MoneySpan span = QuantityExtractor.load(userDir).extract(TextDocument.ofBody("دفع 40 جنيه."), List.of()).money().get(0);
        assertEquals("EGP", span.currency());
    }

    @Test
    void shouldChangeFingerprintWhenUserTableIsAdded() throws IOException {
        String bundled = QuantityExtractor.load(null).fingerprint();
        write("months.tsv", "form\tmonth\nبرمهات\t3\n");
        String extended = QuantityExtractor.load(userDir).fingerprint();
        assertNotEquals(bundled, extended);
        assertEquals(bundled, QuantityExtractor.load(null).fingerprint());
        assertTrue(bundled.matches("[0-9a-f]{12}"), bundled);
    }

    @Test
    void shouldNameFileAndLineWhenUserTableLineIsMalformed() throws IOException {
        write("currencies.tsv", "# comment\n" + CURRENCY_HEADER + "زلطة\tzalta\tXTS\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> QuantityExtractor.load(userDir));
        assertTrue(error.getMessage().contains("currencies.tsv:3"), error.getMessage());
        assertTrue(error.getMessage().contains("expected 6"), error.getMessage());
    }

    @Test
    void shouldNameColumnWhenUserTableValueIsInvalid() throws IOException {
        write("currencies.tsv", CURRENCY_HEADER + "زلطة\tzalta\tdollars\t-\t1\tAFTER\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> QuantityExtractor.load(userDir));
        assertTrue(error.getMessage().contains("currencies.tsv:2: column 3"), error.getMessage());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(userDir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
