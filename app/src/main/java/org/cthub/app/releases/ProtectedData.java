package org.cthub.app.releases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cthub.privacy.Table;
import org.cthub.privacy.synthetic.UtilityReport;

/**
 * The protected records of a release, before they are written.
 *
 * @param data the records to publish, in the CTDC 2024 layout
 * @param promisedK the class size the release promises and the check verifies (1 for synthetic records, which
 *                  describe no real person)
 * @param levels per quasi-identifier, the level of its hierarchy it was published at (k-anonymity only)
 * @param loss ARX's Loss of the transformation (k-anonymity only, else NaN)
 * @param suppressed records whose quasi-identifiers are all suppressed
 * @param utility how well synthetic records keep the real combinations (synthetic only)
 */
record ProtectedData(Table data, int promisedK, Map<String, Integer> levels, double loss, long suppressed,
                     Optional<UtilityReport> utility) {

    ProtectedData {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
