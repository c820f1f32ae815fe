package org.cthub.standard.htcds;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;

/**
 * Spanish and French labels of the HTCDS picklists. English labels are the standard's own and live in the
 * enums; translations live in {@code labels_es.properties} and {@code labels_fr.properties}, keyed
 * {@code EnumName.ValueName}, so a translator edits text files, not code.
 */
final class PicklistLabels {

    private static final String BUNDLE = "org.cthub.standard.htcds.labels";

    private PicklistLabels() {
    }

    static String label(Picklist value, LabelLanguage language, String englishLabel) {
        if (language == LabelLanguage.EN) {
            return englishLabel;
        }
        String key = value.getClass().getSimpleName() + "." + value.valueName();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : englishLabel;
        } catch (MissingResourceException missing) {
            return englishLabel;
        }
    }
}
