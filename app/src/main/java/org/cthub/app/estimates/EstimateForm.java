package org.cthub.app.estimates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.IntervalKind;
import org.cthub.estimation.ModelChoice;

/**
 * The options of the estimates form as typed, and what is wrong with them. Values arrive as text and are parsed
 * here, so that a mistyped number is a message next to its field, not a 400 page. A field left out takes the
 * command line's default, so the linkage page can post a table alone and get SparseMSE's defaults.
 */
record EstimateForm(String method, String pThreshold, String bootstrap, String seed) {

    static final String DEFAULT_METHOD = "stepwise";
    static final String DEFAULT_P = "0.02";
    static final String DEFAULT_BOOTSTRAP = "1000";
    static final String DEFAULT_SEED = "1234";
    /** The most replicates asked for while the analyst waits: about 2 s for eight lists here. */
    static final int MAX_BOOTSTRAP = 2000;
    static final List<String> METHODS = List.of("stepwise", "aic", "bic", "main-effects");

    /** A problem with one field: its id, a message key of {@code messages/estimates} and the message's arguments. */
    record Problem(String field, String key, List<Object> arguments) {

        Problem(String field, String key, Object... arguments) {
            this(field, key, List.of(arguments));
        }
    }

    EstimateForm {
        method = blankToDefault(method, DEFAULT_METHOD);
        pThreshold = blankToDefault(pThreshold, DEFAULT_P);
        bootstrap = blankToDefault(bootstrap, DEFAULT_BOOTSTRAP);
        seed = blankToDefault(seed, DEFAULT_SEED);
    }

    static EstimateForm defaults() {
        return new EstimateForm(null, null, null, null);
    }

    /** The problems with the options, in the order of the form's fields; empty when {@link #options()} works. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!METHODS.contains(method)) {
            problems.add(new Problem("method", "estimates.form.method.invalid"));
        }
        Double p = decimal(pThreshold);
        if (p == null || !(p > 0 && p < 1)) {
            problems.add(new Problem("pthreshold", "estimates.form.pthreshold.invalid"));
        }
        Long replicates = whole(bootstrap);
        if (replicates == null || replicates < 0 || replicates == 1 || replicates > MAX_BOOTSTRAP) {
            problems.add(new Problem("bootstrap", "estimates.form.bootstrap.invalid", MAX_BOOTSTRAP));
        }
        if (whole(seed) == null) {
            problems.add(new Problem("seed", "estimates.form.seed.invalid"));
        }
        return problems;
    }

    /**
     * The options: BCa with the replicates asked for, or Wald with 0.
     *
     * @throws IllegalArgumentException if {@link #problems()} is not empty
     */
    EstimationOptions options() {
        if (!problems().isEmpty()) {
            throw new IllegalArgumentException("the form has problems: " + problems());
        }
        int replicates = whole(bootstrap).intValue();
        return new EstimationOptions(ModelChoice.fromId(method), decimal(pThreshold), 0, List.of(),
                replicates == 0 ? IntervalKind.WALD : IntervalKind.BCA, Math.max(2, replicates), whole(seed),
                Runtime.getRuntime().availableProcessors());
    }

    int replicates() {
        Long replicates = whole(bootstrap);
        return replicates == null ? 0 : replicates.intValue();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A decimal typed with a point or, as es and fr users write it, a comma. */
    private static Double decimal(String text) {
        try {
            double value = Double.parseDouble(text.replace(',', '.').toLowerCase(Locale.ROOT));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long whole(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
