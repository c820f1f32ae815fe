package org.cthub.estimation;

import java.util.List;

/** A capture table could not be read: every problem found is listed, each naming its row and column. */
public final class InvalidCaptureTableException extends EstimationException {

    private static final long serialVersionUID = 1L;

    private final transient List<CaptureTableProblem> problems;

    InvalidCaptureTableException(String source, List<CaptureTableProblem> problems) {
        super(summary(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, in file order; never empty. */
    public List<CaptureTableProblem> problems() {
        return problems;
    }

    private static String summary(String source, List<CaptureTableProblem> problems) {
        StringBuilder text = new StringBuilder("Unable to read capture table ").append(source).append(": ");
        int shown = Math.min(problems.size(), 10);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : "; ").append(problems.get(i).describe());
        }
        if (problems.size() > shown) {
            text.append("; and ").append(problems.size() - shown).append(" more");
        }
        return text.toString();
    }
}
