package org.cthub.store.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cthub.store.Database;

/**
 * Counts of cases across organisations for analysts, from the non-identifying columns only, and only of cases
 * whose person consented to sharing anonymised data: a case without that consent never leaves its
 * organisation, not even as a number. Never reads the encrypted identifiers.
 */
public final class CaseCounts {

    /** The columns an analyst may group by. */
    public static final Set<String> DIMENSIONS = Set.of("organisation", "status", "registration_year", "gender",
            "age_band", "citizenship", "country_of_exploitation");

    /** One cell of a cross-tabulation: the values of the two dimensions and the count. */
    public record Cell(String row, String column, long count) {
    }

    private final Database database;

    public CaseCounts(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Cases counted by two dimensions, largest first.
     *
     * @throws IllegalArgumentException when a dimension is not one of {@link #DIMENSIONS}
     */
    public List<Cell> crossTab(String rows, String columns) {
        String rowColumn = column(rows);
        String columnColumn = column(columns);
        String sql = "SELECT " + rowColumn + " AS r, " + columnColumn + " AS c, COUNT(*) FROM trafficking_case t "
                + "JOIN organisation o ON o.id = t.organisation_id WHERE t.voided = FALSE AND t.consent_to_share = TRUE "
                + "GROUP BY " + rowColumn + ", " + columnColumn + " ORDER BY COUNT(*) DESC, r, c";
        return database.inTransaction(connection -> {
            List<Cell> cells = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    cells.add(new Cell(row.getString(1), row.getString(2), row.getLong(3)));
                }
            }
            return cells;
        });
    }

    // Dimensions are checked against a fixed list, so that nothing a user typed reaches the SQL text.
    private static String column(String dimension) {
        if (!DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("Unknown dimension; one of " + DIMENSIONS);
        }
        return switch (dimension) {
            case "organisation" -> "o.code";
            case "registration_year" -> "CAST(t.registration_year AS VARCHAR(10))";
            default -> "t." + dimension;
        };
    }
}
