package org.cthub.standard.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 639 catalogue: the ISO 639-1 languages with their 639-2 codes (terminologic and bibliographic) and
 * names in English, Spanish and French. Data: {@code languages.csv}, generated once from the JDK's locale data
 * by {@code tools/GenerateLanguages.java}. The withdrawn 639-1 codes {@code iw}, {@code in} and {@code ji} are
 * read as {@code he}, {@code id} and {@code yi}.
 */
public final class Languages {

    private static final Map<String, String> WITHDRAWN = Map.of("iw", "he", "in", "id", "ji", "yi");
    private static final Map<String, IsoLanguage> BY_CODE = new HashMap<>();
    private static final Map<String, IsoLanguage> BY_NAME = new HashMap<>();
    private static final List<IsoLanguage> ALL = load();

    private Languages() {
    }

    /** The language for a code (639-1, 639-2/T or /B) or a name in en/es/fr, or empty. */
    public static Optional<IsoLanguage> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        IsoLanguage language = text.length() <= 3 ? BY_CODE.get(text.toLowerCase(Locale.ROOT)) : null;
        return Optional.ofNullable(language != null ? language : BY_NAME.get(SearchKey.of(text)));
    }

    /** All languages, ordered by ISO 639-1 code. */
    public static List<IsoLanguage> all() {
        return ALL;
    }

    /** Reads the catalogue and indexes it by every code and name. */
    private static List<IsoLanguage> load() {
        List<IsoLanguage> languages = CatalogueFile.rows("languages.csv", 6).stream().map(cells -> {
            IsoLanguage language = new IsoLanguage(cells[0], cells[1], cells[3], cells[4], cells[5]);
            for (String code : List.of(cells[0], cells[1], cells[2])) {
                BY_CODE.put(code, language);
            }
            for (String name : List.of(language.nameEn(), language.nameEs(), language.nameFr())) {
                BY_NAME.putIfAbsent(SearchKey.of(name), language);
            }
            return language;
        }).toList();
        WITHDRAWN.forEach((old, current) -> BY_CODE.put(old, BY_CODE.get(current)));
        return languages;
    }
}
