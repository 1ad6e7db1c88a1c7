package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void shouldMakeParagraphsWhenHtmlHasBlocksAndBreaks() {
        assertEquals("الفقرة الأولى\n\nسطر\n\nآخر\n\nبند",
                HtmlText.toBody("<p>الفقرة   <b>الأولى</b></p><p>سطر<br>آخر</p><ul><li>بند</li></ul>"));
    }

    @Test
    void shouldDropImagesScriptsAndLinkOnlyBlocksWhenCleaning() {
        String html = "<p>قال <a href='https://example.com/x'>الوزير</a> كلمته<img src='a.png'></p>"
                + "<script>alert(1)</script><p><a href='https://example.com/more'>اقرأ المزيد</a></p>"
                + "<figure><img src='b.png'><figcaption>صورة</figcaption></figure>";
        assertEquals("قال الوزير كلمته", HtmlText.toBody(html));
    }

    @Test
    void shouldReadLinesAsParagraphsWhenTextHasNoTags() {
        assertEquals("سطر أول\n\nسطر ثان &", HtmlText.toBody("سطر أول\n\n\nسطر ثان &amp;"));
    }
}
