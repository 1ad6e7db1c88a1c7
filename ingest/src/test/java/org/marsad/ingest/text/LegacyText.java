package org.marsad.ingest.text;

/** Arabic text written for the charset tests (#17): over 200 bytes in any single-byte charset. */
public final class LegacyText {

    public static final String ARTICLE = "أعلنت البلدية اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية خلال العام"
            + " المقبل. وقال رئيس البلدية إن الخطة تشمل زراعة آلاف الأشجار وإنشاء ممرات للمشاة والدراجات، وإن العمل"
            + " يبدأ في الربيع بعد انتهاء موسم الأمطار. وأضاف أن السكان مدعوون إلى تقديم اقتراحاتهم عبر مكاتب البلدية.";

    private LegacyText() {
    }
}
