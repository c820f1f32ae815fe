package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.standard.ctdc.Ctdc2024Record;

/**
 * The codebook of a release: every column of the data file, its meaning, its values (and for a
 * quasi-identifier, the level it was published at) and its missing-value convention. Meanings follow CTDC's
 * Global Synthetic Dataset codebook (v2, Feb 2024) and docs/ctdc-mapping.md.
 */
final class Codebook {

    /** One column. */
    record Entry(String column, String meaning, String values, String missing) {
    }

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("yearOfRegistration", "Year the case was registered"),
            Map.entry("gender", "Gender of the victim"),
            Map.entry("ageBroad", "Age of the victim at registration, in bands"),
            Map.entry("citizenship", "Citizenship of the victim"),
            Map.entry("CountryOfExploitation", "Country where the victim was exploited"),
            Map.entry("traffickMonths", "Months from the first recorded event to the latest exploitation"),
            Map.entry("isForcedLabour", "Exploited in forced labour (including child labour and begging)"),
            Map.entry("isSexualExploit", "Sexually exploited"),
            Map.entry("isOtherExploit", "Another type of exploitation (forced marriage, forced military, organ "
                    + "removal, servitude, other)"));

    private Codebook() {
    }

    static List<Entry> entries(Release release) {
        List<Entry> entries = new ArrayList<>();
        boolean synthetic = release.parameters().method() == ReleaseMethod.SYNTHETIC;
        for (String column : Ctdc2024Record.header()) {
            String meaning = MEANINGS.getOrDefault(column, flagMeaning(column));
            if (QuasiIdentifier.columns().contains(column)) {
                QuasiIdentifier identifier = QuasiIdentifier.byColumn(column);
                Integer level = release.data().levels().get(column);
                String values = level == null ? identifier.levelName(0)
                        : "published at level " + level + ": " + identifier.levelName(level);
                entries.add(new Entry(column, meaning, values + "; * when the record's quasi-identifiers are "
                        + "suppressed", synthetic ? "Unknown, or empty when the synthesis drew no value"
                        : "Unknown (not recorded or outside the hierarchy)"));
            } else if (column.equals("traffickMonths")) {
                entries.add(new Entry(column, meaning, "0--12 (0-1 yr), 13--24 (1-2 yrs), 25+ (2+ yrs)",
                        "empty (fewer than two dated events)"));
            } else {
                entries.add(new Entry(column, meaning, "1", "empty: not flagged or not recorded (CTDC's NULL)"));
            }
        }
        return entries;
    }

    private static String flagMeaning(String column) {
        if (column.startsWith("means")) {
            return "Means of control used: " + column.substring("means".length());
        }
        if (column.startsWith("typeOfLabour")) {
            return "Sector of forced labour: " + column.substring("typeOfLabour".length());
        }
        if (column.startsWith("typeOfSex")) {
            return "Type of sexual exploitation: " + column.substring("typeOfSex".length());
        }
        if (column.startsWith("recruiterRelation")) {
            return "Relation of the victim to the recruiter: " + column.substring("recruiterRelation".length());
        }
        return column;
    }

    static List<Map<String, Object>> json(Release release) {
        return entries(release).stream().map(entry -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("column", entry.column());
            json.put("meaning", entry.meaning());
            json.put("values", entry.values());
            json.put("missing", entry.missing());
            return json;
        }).toList();
    }

    static String markdown(Release release) {
        StringBuilder markdown = new StringBuilder("# Codebook\n\n`data.csv` is comma-separated UTF-8 in the "
                + "column order of CTDC's 2024 Global Synthetic Dataset. Flags are `1` or empty.\n\n"
                + "| column | meaning | values | missing |\n|---|---|---|---|\n");
        for (Entry entry : entries(release)) {
            markdown.append("| `").append(entry.column()).append("` | ").append(entry.meaning()).append(" | ")
                    .append(entry.values()).append(" | ").append(entry.missing()).append(" |\n");
        }
        markdown.append("\n`aggregates.csv`: `table`, `first`, `second` (empty for one-way tables), `noisy_count` "
                + "(geometric mechanism, negative values published as 0), `epsilon`, `sensitivity`.\n");
        return markdown.toString();
    }
}
