package org.marsad.enrich.text.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.TextDocument;

/** Issue #11: the bundled gazetteer with the GeoNames places, their ids, countries and common-word names. */
class PlacesGazetteerTest {

    private static final GazetteerReader BUNDLED =
            new GazetteerReader().readClasspath(GazetteerReader.BUNDLED_INDEX);
    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.of(BUNDLED);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وصل الوفد بالقاهرة مساء أمس لبحث الاتفاق.|القاهرة|Q85|EG",
        // لل is ل + the article: the span keeps the second lam, as for للأمم (docs/ENTITIES.md, Clitics)
        "ثم توجه الوفد وللرياض رسالة واضحة في هذا الملف.|لرياض|geonames:108410|SA",
        "The delegation arrived in Riyadh on Monday.|Riyadh|geonames:108410|SA",
        // a town no hand-written file lists, found by its GeoNames Arabic name with a clitic
        "وقع الحادث بالرمثا شمالي البلاد.|الرمثا|geonames:250336|JO"})
    void shouldLinkPlaceWithCountryWhenNameHasClitic(String sentence, String text, String id, String country) {
        EntitySpan place = RECOGNIZER.recognize(TextDocument.ofBody(sentence)).stream()
                .filter(s -> s.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(
                        text + " not found in " + RECOGNIZER.recognize(TextDocument.ofBody(sentence))));
        assertEquals(EntityType.LOC, place.type());
        assertEquals(id, place.id());
        assertEquals(country, place.country());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Reading the report twice, the minister said prices would fall.|Reading",
        "Mobile phone sales rose by a fifth last year.|Mobile",
        "Nice words will not pay the bills, the union leader said.|Nice",
        "الأمل كبير في التوصل إلى اتفاق قبل نهاية الشهر.|الأمل",
        "نشر الموقع صور الاجتماع على حسابه مساء أمس.|صور",
        "قال الوزير إن الوحدة الوطنية أولوية للحكومة.|الوحدة"})
    void shouldNotTagCommonWordPlaceWhenItStandsAlone(String sentence, String word) {
        List<EntitySpan> spans = RECOGNIZER.recognize(TextDocument.ofBody(sentence));
        assertTrue(spans.stream().noneMatch(s -> s.text().equals(word)), () -> word + " tagged in " + spans);
    }

    @Test
    void shouldListCommonWordPlacesAsAmbiguousData() {
        // الأمل, the Arabic example, names no place of the GeoNames file; صور (Tyre) and الوحدة do
        for (String word : List.of("reading", "mobile", "nice", "صور", "الوحده")) {
            assertTrue(Lexicon.get().commonWordPlaces.contains(word), word);
        }
    }

    @Test
    void shouldGiveEachQidToOneEntryOfOneType() {
        Map<String, GazetteerEntry> byQid = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (GazetteerEntry e : BUNDLED.entries()) {
            if (e.id().startsWith("Q")) {
                GazetteerEntry other = byQid.putIfAbsent(e.id(), e);
                if (other != null) {
                    problems.add(e.id() + ": " + other.type() + " " + other.nameEn() + " and " + e.type() + " " + e.nameEn());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(byQid.size() > 250, "QIDs: " + byQid.size());
    }

    @Test
    void shouldMapEveryFormerIdToALoadedEntryAndNeverReuseIt() {
        Map<String, GazetteerEntry> byId = new HashMap<>();
        BUNDLED.entries().forEach(e -> byId.put(e.id(), e));
        assertTrue(BUNDLED.formerIds().size() > 1000, "former ids: " + BUNDLED.formerIds().size());
        BUNDLED.formerIds().forEach((former, id) -> {
            assertTrue(!byId.containsKey(former), former + " is an entry id again");
            assertTrue(byId.containsKey(id), former + " maps to missing " + id);
        });
        assertEquals("geonames:108410", BUNDLED.formerIds().get("marsad:riyadh"));
    }

    @Test
    void shouldFindEveryPlaceUnderEveryNameItLists() {
        Gazetteer gazetteer = new Gazetteer(BUNDLED.entries(), BUNDLED.fingerprint(), Lexicon.get());
        List<String> lost = new ArrayList<>();
        int places = 0;
        for (GazetteerEntry e : BUNDLED.entries()) {
            if (e.country() == null || e.type() != EntityType.LOC) {
                continue;
            }
            places++;
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.nameEn());
            names.add(e.nameAr());
            for (String name : names) {
                TokenizedText tokens = TokenizedText.of(name);
                if (tokens.size() > 0 && gazetteer.exact(tokens, 0, tokens.size()) < 0) {
                    lost.add(e.id() + " " + name);
                }
            }
        }
        assertEquals(List.of(), lost.subList(0, Math.min(20, lost.size())));
        assertTrue(places > 38_000, "places with a country: " + places);
    }

    @Test
    void shouldOverrideMergedPlaceWhenUserRowUsesItsFormerSlug() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("userdir-former").toURI());
        GazetteerReader reader = new GazetteerReader().readClasspath(GazetteerReader.BUNDLED_INDEX).readDirectory(dir);
        GazetteerEntry riyadh = reader.entries().stream().filter(e -> e.id().equals("geonames:108410"))
                .findFirst().orElseThrow();
        assertEquals("Riyadh (user)", riyadh.nameEn());
        assertNotEquals(BUNDLED.fingerprint(), reader.fingerprint());
    }
}
