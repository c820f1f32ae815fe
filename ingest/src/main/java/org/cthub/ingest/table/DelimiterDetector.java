package org.cthub.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses a CSV file's delimiter among comma, semicolon, tab and bar from the first records, counting only
 * delimiters outside quoted cells. The delimiter that splits the header into cells and splits the most
 * following records into the same number of cells wins; ties go to more cells, then to the order above. A
 * text with no candidate at all is one column, read with a comma.
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int RECORDS_SAMPLED = 50;

    private DelimiterDetector() {
    }

    /**
     * @param sample the start of the file, decoded
     * @param wholeFile whether the sample is the whole file; if not, a record cut off at its end is ignored
     */
    static char detect(CharSequence sample, boolean wholeFile) {
        char best = ',';
        double bestConsistency = -1;
        int bestCells = 0;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = countPerRecord(sample, candidate, wholeFile);
            if (counts.isEmpty() || counts.getFirst() == 0) {
                continue;
            }
            int header = counts.getFirst();
            long agreeing = counts.stream().skip(1).filter(count -> count == header).count();
            double consistency = counts.size() == 1 ? 1 : (double) agreeing / (counts.size() - 1);
            if (consistency > bestConsistency || consistency == bestConsistency && header > bestCells) {
                best = candidate;
                bestConsistency = consistency;
                bestCells = header;
            }
        }
        return best;
    }

    /** The delimiters outside quotes of each complete, non-blank record. */
    private static List<Integer> countPerRecord(CharSequence sample, char delimiter, boolean wholeFile) {
        List<Integer> counts = new ArrayList<>();
        QuoteTracker tracker = new QuoteTracker(delimiter);
        int delimiters = 0;
        boolean blank = true;
        for (int i = 0; i < sample.length() && counts.size() < RECORDS_SAMPLED; i++) {
            char c = sample.charAt(i);
            switch (tracker.accept(c)) {
                case DELIMITER -> {
                    delimiters++;
                    blank = false;
                }
                case RECORD_END -> {
                    if (!blank) {
                        counts.add(delimiters);
                    }
                    delimiters = 0;
                    blank = true;
                }
                case NONE -> blank = blank && Character.isWhitespace(c);
            }
        }
        if (!blank && wholeFile && counts.size() < RECORDS_SAMPLED && !tracker.insideQuotes()) {
            counts.add(delimiters); // the last record of a file that does not end with a line break
        }
        return counts;
    }
}
