package org.marsad.enrich.text.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One check per separator rule of {@link DigitParser}. */
class DigitParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1,345,123|1345123", "1.345.123|1345123", "97.4|97.4", "1,345.5|1345.5", "1.345,5|1345.5",
        "1,72|1.72", "1\u060C72|1.72", "2\u06313|3.2", "1,345|1345", "0,1|0.1", "2024|2024",
        "12,34,567|1234567", "1,20,000|120000", "1,00,00,000|10000000", "12,34,567.89|1234567.89",
        "071.2|2.071", "05.3|3.05", "0.5|0.5", "0.071|0.071"})
    void shouldReadExactValueWhenSeparatorsAreUnambiguous(String run, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(DigitParser.parse(run)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1,34,5", "1\u060C345\u060C2", "12345,678.9", "1.2,3.4",
        "123,45,678", "1,23,4567", "1,2,345", "12,345,67"})
    void shouldGiveUpWhenSeparatorsAreAmbiguous(String run) {
        assertNull(DigitParser.parse(run));
    }

    @Test
    void shouldKeepTrailingZerosWhenDecimalIsWritten() {
        assertEquals("12.50", DigitParser.parse("12.50").toPlainString());
    }
}
