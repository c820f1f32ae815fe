/*
 * Writes the ISO 639 language catalogue for org.cthub.standard.geo (languages.csv).
 *
 * Run once, when the JDK's locale data (CLDR) changes, from /work/main:
 *   java tools/GenerateLanguages.java standard/src/main/resources/org/cthub/standard/geo
 *
 * Scope: the ISO 639-1 languages the JDK knows (Locale.getISOLanguages), with their ISO 639-2/T code
 * (Locale.getISO3Language) and, where it differs, the ISO 639-2/B code (the twenty bibliographic codes,
 * listed below from the ISO 639-2 registration authority's table). Names in en/es/fr from the JDK's CLDR data.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class GenerateLanguages {

    /** ISO 639-2/T → 639-2/B, the only codes where the two differ. */
    static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("sqi", "alb"), Map.entry("hye", "arm"), Map.entry("eus", "baq"), Map.entry("mya", "bur"),
            Map.entry("zho", "chi"), Map.entry("ces", "cze"), Map.entry("nld", "dut"), Map.entry("fra", "fre"),
            Map.entry("kat", "geo"), Map.entry("deu", "ger"), Map.entry("ell", "gre"), Map.entry("isl", "ice"),
            Map.entry("mkd", "mac"), Map.entry("mri", "mao"), Map.entry("msa", "may"), Map.entry("fas", "per"),
            Map.entry("ron", "rum"), Map.entry("slk", "slo"), Map.entry("bod", "tib"), Map.entry("cym", "wel"));

    static final List<String> LEGACY = List.of("iw", "in", "ji");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<String> rows = new ArrayList<>();
        rows.add("alpha2,alpha3_t,alpha3_b,name_en,name_es,name_fr");
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            if (LEGACY.contains(code)) {
                continue; // withdrawn 639-1 codes the JDK still lists; Languages accepts them as aliases
            }
            Locale language = Locale.of(code);
            String t = language.getISO3Language();
            String b = BIBLIOGRAPHIC.getOrDefault(t, t);
            String en = language.getDisplayLanguage(Locale.ENGLISH);
            String es = capitalise(language.getDisplayLanguage(Locale.of("es")), Locale.of("es"));
            String fr = capitalise(language.getDisplayLanguage(Locale.FRENCH), Locale.FRENCH);
            for (String name : List.of(en, es, fr)) {
                if (name.equals(code)) {
                    throw new IllegalStateException("No name for " + code);
                }
                String previous = names.putIfAbsent(normalise(name), code);
                if (previous != null && !previous.equals(code)) {
                    System.out.println("Name " + name + " is both " + previous + " and " + code);
                }
            }
            rows.add(String.join(",", code, t, b, csv(en), csv(es), csv(fr)));
        }
        if (BIBLIOGRAPHIC.keySet().stream().anyMatch(t -> rows.stream().noneMatch(row -> row.contains("," + t + ",")))) {
            throw new IllegalStateException("A bibliographic code's language is missing");
        }
        Files.write(out.resolve("languages.csv"), rows, StandardCharsets.UTF_8);
        System.out.println(rows.size() - 1 + " languages");
    }

    /** CLDR's es/fr names are lower case for running text; its uiListOrMenu transform capitalises them. */
    static String capitalise(String name, Locale locale) {
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
