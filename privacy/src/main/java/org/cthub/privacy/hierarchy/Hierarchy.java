package org.cthub.privacy.hierarchy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generalisation hierarchy for one quasi-identifier, as data: one row per value of the attribute's domain,
 * {@code value;level1;...;*}, in the format of ARX's hierarchy files. Level 0 is the value itself; the last
 * level is a single value that suppresses the attribute. Immutable and validated on construction
 * ({@link HierarchyCheck}).
 *
 * <p>The rows define the domain: ARX's "Loss" metric measures the share of the domain's rows a generalised
 * value covers ({@link #leafCount}), so a hierarchy should list the whole domain, not only the values seen.
 */
public final class Hierarchy {

    private final String name;
    private final String[][] rows;
    private final Map<String, Integer> leafIndex;
    private final List<Map<String, Integer>> leafCounts;

    private Hierarchy(String name, String[][] rows) {
        this.name = name;
        this.rows = rows;
        this.leafIndex = new HashMap<>();
        for (int row = 0; row < rows.length; row++) {
            leafIndex.put(rows[row][0], row);
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int level = 0; level < rows[0].length; level++) {
            Map<String, Integer> count = new HashMap<>();
            for (String[] cells : rows) {
                count.merge(cells[level], 1, Integer::sum);
            }
            counts.add(Map.copyOf(count));
        }
        this.leafCounts = List.copyOf(counts);
    }

    /**
     * A hierarchy from rows of cells.
     *
     * @param name what the hierarchy generalises, used in messages
     * @param rows one row per domain value: the value, then its generalisations, the last one common to all rows
     * @throws InvalidHierarchyException with every problem found, when the rows break a rule of {@link HierarchyCheck}
     */
    public static Hierarchy of(String name, List<List<String>> rows) {
        Objects.requireNonNull(name, "name");
        List<HierarchyProblem> problems = HierarchyCheck.problems(rows);
        if (!problems.isEmpty()) {
            throw new InvalidHierarchyException(name, problems);
        }
        return new Hierarchy(name, rows.stream().map(cells -> cells.toArray(String[]::new)).toArray(String[][]::new));
    }

    /** The problems of candidate rows, without building anything: empty when {@link #of} would succeed. */
    public static List<HierarchyProblem> check(List<List<String>> rows) {
        return HierarchyCheck.problems(rows);
    }

    /** Reads ARX's CSV form: one row per line, cells separated by {@code delimiter}, no quoting, UTF-8. */
    public static Hierarchy readCsv(String name, Reader reader, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (rows.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    rows.add(Arrays.asList(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read hierarchy '" + name + "'", e);
        }
        return of(name, rows);
    }

    /** Reads an ARX hierarchy file ({@code ;}-separated, UTF-8). */
    public static Hierarchy readCsv(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(file.getFileName().toString(), reader, ';');
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read hierarchy file " + file, e);
        }
    }

    static Hierarchy readResource(String name, String resource) {
        InputStream in = Hierarchy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing hierarchy resource " + resource);
        }
        return readCsv(name, new InputStreamReader(in, StandardCharsets.UTF_8), ';');
    }

    public String name() {
        return name;
    }

    /** Number of levels, including level 0 (the value itself) and the top. */
    public int levels() {
        return rows[0].length;
    }

    /** The highest level, {@code levels() - 1}. */
    public int height() {
        return rows[0].length - 1;
    }

    /** The domain: the values at level 0, in row order. */
    public List<String> values() {
        return Arrays.stream(rows).map(cells -> cells[0]).toList();
    }

    /** Number of rows, the size of the domain. */
    public int domainSize() {
        return rows.length;
    }

    /** The value at a level of generalisation; empty when the value is not in the domain. */
    public Optional<String> generalise(String value, int level) {
        checkLevel(level);
        Integer row = leafIndex.get(value);
        return row == null ? Optional.empty() : Optional.of(rows[row][level]);
    }

    /** The row of a value at level 0, or -1. */
    public int indexOf(String value) {
        return leafIndex.getOrDefault(value, -1);
    }

    /** The cell at a row and level. */
    public String cell(int row, int level) {
        checkLevel(level);
        return rows[row][level];
    }

    /** How many domain values a generalised value covers at a level (0 when it does not occur there). */
    public int leafCount(String generalised, int level) {
        checkLevel(level);
        return leafCounts.get(level).getOrDefault(generalised, 0);
    }

    /** The rows, as lists. */
    public List<List<String>> rows() {
        return Arrays.stream(rows).map(List::of).toList();
    }

    /** The rows written in ARX's CSV form with {@code ;}, one line each, ending with a newline. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        for (String[] cells : rows) {
            csv.append(String.join(";", cells)).append('\n');
        }
        return csv.toString();
    }

    private void checkLevel(int level) {
        if (level < 0 || level >= levels()) {
            throw new IllegalArgumentException("Level " + level + " is outside 0.." + height() + " of " + name);
        }
    }

    @Override
    public String toString() {
        return "Hierarchy[" + name + ", " + rows.length + " values, " + levels() + " levels]";
    }
}
