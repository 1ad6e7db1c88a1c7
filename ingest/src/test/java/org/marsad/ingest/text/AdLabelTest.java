package org.marsad.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "إعلان|''",
        "  إعلان  |''",
        "إعلانحيث قال الوزير|حيث قال الوزير",
        "قال الوزير. إعلانوأضاف أن|قال الوزير. وأضاف أن",
        "قال الوزير. إعلان وأضاف أن|قال الوزير. وأضاف أن",
        "هل انتهى الاجتماع؟ إعلان نعم|هل انتهى الاجتماع؟ نعم",
        "انتهى الاجتماع. إعلان|انتهى الاجتماع.",
        "إعلانيوم الخميس بدأ التسجيل|يوم الخميس بدأ التسجيل",
        "إعلان التمان يرفض العرض الجديد|التمان يرفض العرض الجديد",
        "إعلان الشركة ترفض العرض|الشركة ترفض العرض",
        "إعلان وقال المتحدث إن العمل بدأ.|وقال المتحدث إن العمل بدأ.",
        "إعلان المدرب سيعلن التشكيلة غدا|المدرب سيعلن التشكيلة غدا",
    })
    void shouldRemoveLabelWhenItStandsAloneOrIsGlued(String line, String expected) {
        assertEquals(expected, AdLabel.remove(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "نشرت الوزارة الإعلانات الرسمية",
        "رحب الجميع بإعلانه المفاجئ",
        "والإعلان جاء متأخرا",
        "كثرت إعلانات الطرق",
        "أعلن الرئيس إعلان الاستقلال",
        "إعلان الاستقلال حدث تاريخي",
        "قدم إعلانها أمس",
        "حملة إعلانية واسعة",
        "إعلاناً رسمياً صدر اليوم",
        "وإعلان النتائج غدا",
        "إعلان الحكومة عن خطة جديدة للنقل",
        "إعلان الحكومة عن خطة",
        "إعلان عن وظائف شاغرة",
        "إعلان أن المعرض سيفتح غدا",
        "إعلان الحكومة يثير جدلا واسعا",
        "إعلان الوزارة بأن المدارس تفتح",
        "إعلان الاستقلال تاريخ مهم",
    })
    void shouldKeepWordWhenItOnlyStartsWithOrContainsTheLetters(String line) {
        assertEquals(line, AdLabel.remove(line));
    }
}
