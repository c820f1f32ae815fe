package org.cthub.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random CTDC 2024 rows with the release's quirks: missing tokens, periods of years, flags 1 or empty. */
final class RandomReleases {

    static final List<String> HEADER = org.cthub.standard.ctdc.Ctdc2024Record.header();
    private static final String[] YEARS = {"2015", "2016", "2017", "2018", "2017-2021", "2012-2016", "", "Unknown"};
    private static final String[] GENDERS = {"Man", "Woman", "Trans/Transgender/NonConforming", "", "*"};
    private static final String[] AGES = {"0--8", "9--17", "18--20", "21--23", "30--38", "48+", ""};
    private static final String[] COUNTRIES = {"UKR", "PHL", "USA", "IDN", "MDA", "Eastern Europe", "NULL", "",
            "Asia", "Western Africa", "ATA", "*", "NGA", "Americas"};
    private static final String[] MONTHS = {"0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)", ""};

    private RandomReleases() {
    }

    static List<String[]> rows(Random random, int count) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String[] row = new String[HEADER.size()];
            row[0] = pick(random, YEARS);
            row[1] = pick(random, GENDERS);
            row[2] = pick(random, AGES);
            row[3] = pick(random, COUNTRIES);
            row[4] = pick(random, COUNTRIES);
            row[5] = pick(random, MONTHS);
            double density = random.nextDouble() * 0.6;
            for (int c = 6; c < row.length; c++) {
                row[c] = random.nextDouble() < density ? "1" : random.nextInt(10) == 0 ? "NULL" : "";
            }
            rows.add(row);
        }
        return rows;
    }

    private static String pick(Random random, String[] values) {
        // skewed, so that some cells are small and some large
        return values[Math.min(values.length - 1, (int) Math.floor(-Math.log(random.nextDouble()) * values.length / 3))];
    }
}
