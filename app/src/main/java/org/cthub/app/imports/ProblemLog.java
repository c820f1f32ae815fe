package org.cthub.app.imports;

import java.util.ArrayList;
import java.util.List;
import org.cthub.standard.validation.Problem;

/**
 * The problems of one import. All are counted; the first {@value #KEPT} are kept for the report so that a
 * file rejected row by row cannot exhaust memory, and the report says how many more there were.
 */
final class ProblemLog {

    static final int KEPT = 10_000;

    private final List<Problem> kept = new ArrayList<>();
    private long total;

    void add(Problem problem) {
        total++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    List<Problem> kept() {
        return List.copyOf(kept);
    }

    long total() {
        return total;
    }
}
