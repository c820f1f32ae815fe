package org.cthub.estimation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of people by capture history: for each combination of lists, how many people were recorded on exactly
 * those lists. Histories not given have count 0 (observed zeros); the history on no list is unobservable and is
 * what multiple systems estimation estimates.
 *
 * <p>A history is a bit mask: bit {@code i} is set when the person is on list {@code i} (column order). Immutable.
 */
public final class CaptureTable {

    /** The most lists a table may have: 2^15 − 1 observable histories. */
    public static final int MAX_LISTS = 15;

    private final List<String> lists;
    private final long[] counts;
    private final long observed;

    private CaptureTable(List<String> lists, long[] counts) {
        this.lists = List.copyOf(lists);
        this.counts = counts;
        long total = 0;
        for (long count : counts) {
            total = Math.addExact(total, count);
        }
        this.observed = total;
    }

    /**
     * A table from list names and counts indexed by history.
     *
     * @param lists            names of the lists, at least 2 and at most {@link #MAX_LISTS}, distinct
     * @param countsByHistory  length 2^lists; entry 0 (on no list) must be 0; entries must be 0 or more
     * @throws IllegalArgumentException if a precondition fails or no one was observed
     */
    public static CaptureTable of(List<String> lists, long[] countsByHistory) {
        if (lists == null || lists.size() < 2 || lists.size() > MAX_LISTS) {
            throw new IllegalArgumentException("a capture table needs 2 to " + MAX_LISTS + " lists");
        }
        if (lists.stream().distinct().count() != lists.size() || lists.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("list names must be distinct and not blank: " + lists);
        }
        if (countsByHistory == null || countsByHistory.length != 1 << lists.size() || countsByHistory[0] != 0) {
            throw new IllegalArgumentException("counts must have 2^lists entries with 0 for the empty history");
        }
        long total = 0;
        for (long count : countsByHistory) {
            if (count < 0) {
                throw new IllegalArgumentException("counts must be 0 or more");
            }
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("no one was observed");
        }
        return new CaptureTable(lists, countsByHistory.clone());
    }

    /**
     * Reads a CSV file with one 0/1 column per list, named after the list, and a {@code count} column. UTF-8,
     * comma separated, optional byte-order mark and double quotes.
     *
     * @throws InvalidCaptureTableException listing every problem found, each with its row and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CaptureTable read(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(reader, csv.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read capture table " + csv, e);
        }
    }

    /**
     * Parses CSV text as {@link #read(Path)} does.
     *
     * @param source names the input in messages (a file name)
     * @throws InvalidCaptureTableException listing every problem found
     * @throws UncheckedIOException if the reader fails
     */
    public static CaptureTable parse(Reader reader, String source) {
        return new CaptureTableCsv(source).parse(reader);
    }

    /** The names of the lists, in column order. */
    public List<String> lists() {
        return lists;
    }

    public int listCount() {
        return lists.size();
    }

    /** How many people were recorded on at least one list. */
    public long observed() {
        return observed;
    }

    /** The count of people with exactly the lists in {@code history} (bit i = list i). */
    public long count(int history) {
        if (history <= 0 || history >= counts.length) {
            throw new IllegalArgumentException("history must be between 1 and 2^lists - 1");
        }
        return counts[history];
    }

    /** A copy of the counts indexed by history (entry 0 is 0). */
    public long[] countsByHistory() {
        return counts.clone();
    }

    /** The same people with the lists in another order: list {@code i} of the result is list {@code order[i]}. */
    CaptureTable withListsInOrder(int[] order) {
        int t = lists.size();
        if (order.length != t || Arrays.stream(order).distinct().count() != t) {
            throw new IllegalArgumentException("order must be a permutation of the lists");
        }
        List<String> names = new ArrayList<>();
        for (int i : order) {
            names.add(lists.get(i));
        }
        long[] permuted = new long[counts.length];
        for (int history = 1; history < counts.length; history++) {
            int mapped = 0;
            for (int i = 0; i < t; i++) {
                if ((history & (1 << order[i])) != 0) {
                    mapped |= 1 << i;
                }
            }
            permuted[mapped] = counts[history];
        }
        return new CaptureTable(names, permuted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureTable table && lists.equals(table.lists) && Arrays.equals(counts, table.counts);
    }

    @Override
    public int hashCode() {
        return 31 * lists.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureTable" + lists + " observed=" + observed;
    }
}
