package org.cthub.standard.geo;

import org.cthub.standard.LabelLanguage;

/**
 * A language of ISO 639.
 *
 * @param alpha2 ISO 639-1 code, such as {@code fr}
 * @param alpha3 ISO 639-2/T code, such as {@code fra}
 */
public record IsoLanguage(String alpha2, String alpha3, String nameEn, String nameEs, String nameFr) {

    public String name(LabelLanguage language) {
        return switch (language) {
            case EN -> nameEn;
            case ES -> nameEs;
            case FR -> nameFr;
        };
    }
}
