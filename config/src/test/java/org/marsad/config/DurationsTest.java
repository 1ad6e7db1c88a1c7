package org.marsad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldReadEveryUnitWhenGivenShortForms() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse(" 5m "));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("PT5M"));
    }

    @Test
    void shouldFailNamingTheTextWhenThereIsNoUnit() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Durations.parse("30"));
        assertEquals("not a duration such as 30s, 5m, 1h, 250ms or PT5M: 30", e.getMessage());
        assertThrows(NumberFormatException.class, () -> Durations.parse(""));
    }

    @Test
    void shouldRefuseZeroWhenValidatingAKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> Durations.POSITIVE.ensureValid("k", "0s"));
        assertEquals("Invalid value 0s for configuration k: must be positive", e.getMessage());
    }
}
