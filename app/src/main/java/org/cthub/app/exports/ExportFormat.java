package org.cthub.app.exports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The layouts {@code cthub export --format} writes. */
enum ExportFormat {
    CTDC_2024("ctdc-2024", false),
    CTDC_2017("ctdc-2017", false),
    CTDC_VP_2022("ctdc-vp-2022", false),
    HTCDS_CSV("htcds-csv", true),
    HXL("hxl", true);

    private final String cliName;
    private final boolean identifying;

    ExportFormat(String cliName, boolean identifying) {
        this.cliName = cliName;
        this.identifying = identifying;
    }

    String cliName() {
        return cliName;
    }

    /**
     * Whether the layout carries personal identifiers. Such exports are for an organisation's own use and are
     * limited to one organisation's cases; the CTDC layouts carry none and take only cases with consent to
     * share.
     */
    boolean identifying() {
        return identifying;
    }

    static Optional<ExportFormat> fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.cliName.equals(wanted)).findFirst();
    }
}
