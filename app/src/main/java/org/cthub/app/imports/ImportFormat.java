package org.cthub.app.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The layouts {@code cthub import --format} names. AUTO recognises the others from the file's header. */
public enum ImportFormat {
    AUTO("auto"),
    HTCDS_CSV("htcds-csv"),
    HTCDS_XLSX("htcds-xlsx"),
    HTCDS_JSON("htcds-json"),
    HTCDS_TEMPLATE("htcds-template"),
    CTDC_2017("ctdc-2017"),
    CTDC_2024("ctdc-2024"),
    CTDC_VP_2022("ctdc-vp-2022");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public boolean isCtdc() {
        return this == CTDC_2017 || this == CTDC_2024 || this == CTDC_VP_2022;
    }

    public static Optional<ImportFormat> fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.cliName.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return cliName;
    }
}
