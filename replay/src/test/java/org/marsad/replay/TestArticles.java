package org.marsad.replay;

import java.time.Instant;
import java.util.List;
import org.marsad.model.RawArticle;
import org.marsad.model.Topics;

/** Small raw articles for broker tests; the text is ours. */
final class TestArticles {

    private static final String[] TITLES = {"خبر عن سوق الخضار", "افتتاح مكتبة في الحي", "Bridge repairs finish early"};
    private static final String[] BODIES = {
        "قال تجار السوق إن أسعار الخضار استقرت هذا الأسبوع بعد موجة ارتفاع قصيرة.",
        "افتتحت البلدية مكتبة عامة جديدة تضم قاعة للقراءة وركنا للأطفال.",
        "The city said the repairs to the old bridge finished two weeks ahead of plan."};

    private TestArticles() {
    }

    static RawArticle article(String id, int variant) {
        int i = Math.floorMod(variant, TITLES.length);
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, null, "test-desk", null, TITLES[i],
                BODIES[i] + " (" + variant + ")", null, null, Instant.parse("2025-01-01T00:00:00Z"), null, List.of(),
                null);
    }

    static RawArticle withBody(String id, String body) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, null, "test-desk", null, "عنوان", body, "ar", null,
                Instant.parse("2025-01-01T00:00:00Z"), null, List.of(), null);
    }

    static RawArticle withTitle(String id, String title) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, null, "test-desk", null, title, "نص.", "ar", null,
                Instant.parse("2025-01-01T00:00:00Z"), null, List.of(), null);
    }

    static byte[] json(RawArticle article) {
        return Topics.RAW_SERDE.serializer().serialize(Topics.RAW, article);
    }
}
