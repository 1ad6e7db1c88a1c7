// Dumps country/territory names and time-zone exemplar city names
// (English and Arabic) from the JDK's CLDR locale data (Unicode licence) into cldr/*.tsv.
// Run from tools/gazetteer:
//   java -Djava.locale.providers=CLDR --add-exports java.base/sun.util.locale.provider=ALL-UNNAMED CldrDump.java
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import sun.util.locale.provider.LocaleProviderAdapter;
import sun.util.locale.provider.LocaleResources;

public class CldrDump {
  public static void main(String[] args) throws Exception {
    Locale ar = Locale.forLanguageTag("ar"), en = Locale.ENGLISH;
    Path dir = Paths.get("cldr");
    Files.createDirectories(dir);
    List<String> out = new ArrayList<>();
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      out.add(cc + "\t" + l.getDisplayCountry(en) + "\t" + l.getDisplayCountry(ar));
    }
    Files.write(dir.resolve("countries.tsv"), out, StandardCharsets.UTF_8);
    out.clear();
    LocaleResources lrAr = LocaleProviderAdapter.forType(LocaleProviderAdapter.Type.CLDR).getLocaleResources(ar);
    LocaleResources lrEn = LocaleProviderAdapter.forType(LocaleProviderAdapter.Type.CLDR).getLocaleResources(en);
    for (String z : new TreeSet<>(java.time.ZoneId.getAvailableZoneIds())) {
      if (!z.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")) continue;
      Object a = lrAr.getTimeZoneNames("timezone.excity." + z);
      if (!(a instanceof String)) continue;
      Object e = lrEn.getTimeZoneNames("timezone.excity." + z);
      String enName = e instanceof String ? (String) e : z.substring(z.lastIndexOf('/') + 1).replace('_', ' ');
      out.add(z + "\t" + enName + "\t" + a);
    }
    Files.write(dir.resolve("cities.tsv"), out, StandardCharsets.UTF_8);
  }
}
