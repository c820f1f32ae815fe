package org.cthub.app.releases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's key figures for the release page, read from the folder's report.json: the page shows what the
 * published file says, not a second computation. Only aggregate figures are read; the report holds no record.
 */
final class ReportFigures {

    /** The report's fields shown, in order; each is named on the page by {@code releases.report.<field>}. */
    static final List<String> FIELDS = List.of("consenting_records", "without_consent_left_out", "suppressed_share",
            "equivalence_classes", "smallest_class", "sdcmicro_global_risk_before", "sdcmicro_global_risk_after");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFigures() {
    }

    /** The figures present in the report, empty when it cannot be read (the checksums then say why). */
    static Map<String, String> read(Path report) {
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(Files.readString(report));
            for (String field : FIELDS) {
                JsonNode value = root.get(field);
                if (value != null && !value.isNull()) {
                    figures.put(field, value.isFloatingPointNumber() ? String.format(java.util.Locale.ROOT, "%.4f",
                            value.asDouble()) : value.asString());
                }
            }
        } catch (IOException | JacksonException e) {
            return Map.of();
        }
        return figures;
    }
}
