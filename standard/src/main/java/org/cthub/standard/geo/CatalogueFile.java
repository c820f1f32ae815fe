package org.cthub.standard.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A committed UTF-8 CSV resource of this package (header line first; cells quoted only when they hold a comma). */
final class CatalogueFile {

    private CatalogueFile() {
    }

    /** The data rows of the resource, header skipped, each row exactly {@code width} cells. */
    static List<String[]> rows(String resource, int width) {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The catalogue resource " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> cells = split(line);
                if (cells.size() != width) {
                    throw new IllegalStateException("Malformed line in " + resource + ": " + line);
                }
                rows.add(cells.toArray(String[]::new));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read the catalogue resource " + resource, e);
        }
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
