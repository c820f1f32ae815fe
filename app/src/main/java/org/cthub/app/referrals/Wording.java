package org.cthub.app.referrals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.htcds.AgeBand;

/**
 * The standard's values in the reader's language: picklist labels, country names, age bands, times. Times are
 * shown in UTC and say so, as the audit trail does: organisations in different countries read the same
 * referral, and "10:00" must mean the same moment to both.
 */
final class Wording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final LabelLanguage language;

    private Wording(LabelLanguage language) {
        this.language = language;
    }

    /** The wording of a locale; English for a language CT Hub does not speak. */
    static Wording of(Locale locale) {
        return new Wording(LabelLanguage.fromTag(locale.toLanguageTag()).orElse(LabelLanguage.EN));
    }

    LabelLanguage language() {
        return language;
    }

    /** A value's label, or null for none. */
    String label(Picklist value) {
        return value == null ? null : value.label(language);
    }

    /** The labels of several values, in the order the reader's alphabet sorts them. */
    List<String> labels(Collection<? extends Picklist> values) {
        return values.stream().map(this::label).sorted(Comparator.naturalOrder()).toList();
    }

    /** A country's name from its alpha-3 code; the code itself when the catalogue does not know it. */
    String country(String alpha3) {
        if (alpha3 == null) {
            return null;
        }
        return Countries.find(alpha3).map(country -> country.name(language)).orElse(alpha3);
    }

    /** An age band as people write it: {@code 18–20}, {@code 48+}. */
    static String ageBand(AgeBand band) {
        if (band == null) {
            return null;
        }
        return band.to() == Integer.MAX_VALUE ? band.from() + "+" : band.from() + "–" + band.to();
    }

    static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }
}
