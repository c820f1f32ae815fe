package org.cthub.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A JDBC URL that CT Hub supports, completed with the settings the migrations and the import rely on.
 *
 * <p>H2 must run in PostgreSQL mode with lower-case identifiers and nulls sorted last, so that the one
 * migration set and the same SQL behave alike on both databases; missing settings are added and a conflicting
 * {@code MODE} is refused. For PostgreSQL the driver is asked to rewrite batched inserts into multi-row inserts
 * (several times faster for imports) and to leave row values out of its error messages; a URL that sets
 * either itself keeps its own choice.
 */
record DatabaseUrl(Database.Vendor vendor, String url, Map<String, String> driverProperties) {

    private static final Map<String, String> H2_SETTINGS = Map.of(
            "MODE", "PostgreSQL", "DATABASE_TO_LOWER", "TRUE", "DEFAULT_NULL_ORDERING", "HIGH");

    static DatabaseUrl of(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return new DatabaseUrl(Database.Vendor.H2, completeH2(jdbcUrl), Map.of());
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(Database.Vendor.POSTGRESQL, jdbcUrl, postgresProperties(lower));
        }
        throw new IllegalArgumentException("CT Hub stores its data in PostgreSQL (jdbc:postgresql:...) or in an "
                + "embedded H2 file (jdbc:h2:file:...); this URL is neither: " + redacted(jdbcUrl));
    }

    /** The URL of an embedded H2 database named {@code cthub} in a directory. */
    static String h2File(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("cthub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** The URL without passwords, fit for a message or a log. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String completeH2(String jdbcUrl) {
        StringBuilder url = new StringBuilder(jdbcUrl);
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        H2_SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(setting -> {
            String key = ";" + setting.getKey() + "=";
            int at = upper.indexOf(key);
            if (at < 0) {
                url.append(key).append(setting.getValue());
            } else if (!upper.startsWith(setting.getValue().toUpperCase(Locale.ROOT), at + key.length())) {
                throw new IllegalArgumentException("CT Hub needs H2 with " + setting.getKey() + "="
                        + setting.getValue() + "; the URL sets another value: " + redacted(jdbcUrl));
            }
        });
        return url.toString();
    }

    private static Map<String, String> postgresProperties(String lowerUrl) {
        java.util.HashMap<String, String> properties = new java.util.HashMap<>();
        if (!lowerUrl.contains("rewritebatchedinserts=")) {
            properties.put("reWriteBatchedInserts", "true");
        }
        if (!lowerUrl.contains("logservererrordetail=")) {
            properties.put("logServerErrorDetail", "false");
        }
        if (!lowerUrl.contains("applicationname=")) {
            properties.put("ApplicationName", "cthub");
        }
        return Map.copyOf(properties);
    }
}
