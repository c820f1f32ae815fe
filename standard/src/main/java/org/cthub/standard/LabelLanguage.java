package org.cthub.standard;

import java.util.Locale;
import java.util.Optional;

/** The languages CT Hub's interface and labels speak. */
public enum LabelLanguage {
    EN, ES, FR;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    /** The language for a tag such as {@code es} or {@code fr-CA}, if CT Hub speaks it. */
    public static Optional<LabelLanguage> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (LabelLanguage language : values()) {
            if (language.name().equalsIgnoreCase(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
