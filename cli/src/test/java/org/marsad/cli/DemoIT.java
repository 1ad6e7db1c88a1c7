package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.config.MarsadConfig;

/**
 * {@code marsad demo} in-process: exits 0 with the summary, one document per distinct sample article, and
 * entities and amounts visible for the Arabic samples.
 */
class DemoIT {

    @Test
    void shouldIndexEachSampleArticleOnceWhenOneIsSentTwice() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        int parsesBefore = MarsadConfig.parseCount();
        try {
            // Port 0 turns the operations port off: 8091 may be taken by another process on this machine.
            code = Marsad.run("demo", "--http-port", "0");
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertEquals(parsesBefore + 1, MarsadConfig.parseCount(), "demo parses its configuration once (#15)");
        assertTrue(printed.contains("Summary: 7 articles ingested (3 duplicates skipped, 0 rejected), 7 enriched, "
                + "0 dead-lettered, 7 distinct documents"), printed);
        assertTrue(printed.contains("عرض بقيمة 97.4 مليار دولار للاستحواذ على أوبن إيه آي  [ar]"), printed);
        assertTrue(printed.contains("Fed holds rates steady as inflation cools  [en]"), printed);
        assertTrue(printed.contains("$ marsad search 'أوبن إيه آي'\n1 found\n1. عرض بقيمة 97.4 مليار دولار"),
                "the demo ends with example searches (#18):\n" + printed);
        assertTrue(printed.contains("$ marsad search --currency SAR --min 1e9\n1 found\n1. صندوق الاستثمارات العامة"),
                printed);
        assertTrue(printed.contains("people: إيلون ماسك"), "an Arabic person is tagged and linked:\n" + printed);
        assertTrue(printed.contains("amount: 97400000000 USD (EXACT) «97.4 مليار دولار»"), printed);
        assertTrue(printed.contains("amount: 7000 EGP (EXACT) «7 آلاف جنيه مصري»"), printed);
    }
}
