package org.cthub.estimation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The reference datasets and golden values in src/test/resources/mse (see the README there). */
final class ReferenceData {

    private ReferenceData() {
    }

    static CaptureTable table(String dataset) {
        try (InputStream in = resource(dataset + ".csv")) {
            return CaptureTable.parse(new InputStreamReader(in, StandardCharsets.UTF_8), dataset + ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of anchor_fixed_models.csv: a fixed model fitted by SparseMSE 2.0.1 and Rcapture 1.4-4. */
    record Anchor(String dataset, String method, List<String> interactions, List<String> emptyOverlaps,
            double estimate, double intercept, double interceptSe, double waldLow, double waldHigh,
            double deviance, int residualDf, double aic, double profileMode, double profileLow,
            double profileHigh) {

        List<String> allInteractions() {
            List<String> all = new ArrayList<>(interactions);
            all.addAll(emptyOverlaps);
            return all;
        }

        boolean hasProfile() {
            return !Double.isNaN(profileMode);
        }

        @Override
        public String toString() {
            return dataset + " " + method;
        }
    }

    static List<Anchor> anchors() {
        List<Anchor> anchors = new ArrayList<>();
        for (List<String> row : rows("anchor_fixed_models.csv")) {
            anchors.add(new Anchor(row.get(0), row.get(3), names(row.get(4)), names(row.get(5)),
                    number(row.get(6)), number(row.get(8)), number(row.get(9)), number(row.get(10)),
                    number(row.get(11)), number(row.get(12)), Integer.parseInt(row.get(13)), number(row.get(14)),
                    number(row.get(15)), number(row.get(16)), number(row.get(17))));
        }
        return anchors;
    }

    /** Rows of expected.csv as cells (header dropped). */
    static List<List<String>> expected() {
        return rows("expected.csv");
    }

    private static List<List<String>> rows(String file) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(CaptureTableCsv::cells).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getResourceAsStream("/mse/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource mse/" + name);
        }
        return in;
    }

    private static List<String> names(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split("\\s+"));
    }

    private static double number(String cell) {
        return cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
    }
}
